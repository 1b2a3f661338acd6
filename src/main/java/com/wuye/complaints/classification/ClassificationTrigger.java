package com.wuye.complaints.classification;

/** Why a complaint is (re)classified; written to its severity history as the reason. */
enum ClassificationTrigger {
  INTAKE("受理定级 classified at intake"),
  REOPEN("R-VISIT-2 回访不满意重新处理 reopened after an unsatisfied return visit"),
  AGE("R-ESC-2 超期未解决 unresolved too long after intake"),
  FACTS("R-SEV-UP 出现新情况 new facts reported"),
  MANUAL("R-ESC-4 申请升级 escalation requested"),
  ASSISTANCE("R-SEV-IMPORTANT 需其他专业部门协助（工作联系单） another department is needed (work-contact order)");

  private final String reason;

  ClassificationTrigger(String reason) {
    this.reason = reason;
  }

  static String reasonFor(String trigger) {
    for (ClassificationTrigger t : values()) {
      if (t.name().equals(trigger)) {
        return t.reason;
      }
    }
    return String.valueOf(trigger);
  }
}
