package com.wuye.complaints.complaint;

/** R-SEV: the four complaint classes, highest first. */
public enum Severity {
  MAJOR("重大"),
  HOT("热点"),
  IMPORTANT("重要"),
  GENERAL("一般");

  private final String chinese;

  Severity(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }

  public boolean isHigherThan(Severity other) {
    return other == null || ordinal() < other.ordinal();
  }

  /** R-SEV-UP: severity never goes down automatically. */
  public static Severity higherOf(Severity current, Severity assessed) {
    if (current == null) {
      return assessed;
    }
    return assessed != null && assessed.isHigherThan(current) ? assessed : current;
  }
}
