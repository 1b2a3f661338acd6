package com.wuye.complaints.classification;

/** Why a complaint is (re)classified; written to its severity history as the reason. */
enum ClassificationTrigger {
  INTAKE("受理定级 classified at intake"),
  REOPEN("回访不满意重新处理 reopened after an unsatisfied return visit (R-VISIT-2)");

  private final String reason;

  ClassificationTrigger(String reason) {
    this.reason = reason;
  }

  String reason() {
    return reason;
  }

  static String reasonFor(String trigger) {
    try {
      return valueOf(trigger).reason();
    } catch (IllegalArgumentException | NullPointerException e) {
      return String.valueOf(trigger);
    }
  }
}
