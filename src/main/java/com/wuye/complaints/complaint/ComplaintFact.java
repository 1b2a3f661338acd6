package com.wuye.complaints.complaint;

/** The facts severity depends on (R-SEV), by the names the process and the API use for them. */
public enum ComplaintFact {
  IN_LITIGATION(ComplaintProcess.IN_LITIGATION),
  MEDIA_EXPOSED(ComplaintProcess.MEDIA_EXPOSED),
  LITIGATION_OR_MEDIA_RISK(ComplaintProcess.LITIGATION_OR_MEDIA_RISK),
  NEEDS_OTHER_DEPARTMENTS(ComplaintProcess.NEEDS_OTHER_DEPARTMENTS),
  COLLECTIVE_SIZE(ComplaintProcess.COLLECTIVE_SIZE);

  private final String variable;

  ComplaintFact(String variable) {
    this.variable = variable;
  }

  /** The process variable (and API field) of this fact. */
  public String variable() {
    return variable;
  }

  public boolean isCount() {
    return this == COLLECTIVE_SIZE;
  }

  /** By its API/variable name (inLitigation, collectiveSize, ...); null when there is none. */
  public static ComplaintFact byVariable(String name) {
    for (ComplaintFact fact : values()) {
      if (fact.variable.equals(name)) {
        return fact;
      }
    }
    return null;
  }
}
