package com.wuye.complaints.complaint;

/**
 * What verification (核实) concluded. Anything but VALID closes the complaint without handling once
 * its supervisor confirms; which of them are still visited (R-VISIT-1) the model says
 * (Gateway_ReturnVisitNeeded); a consultation goes on the suggestions list.
 */
public enum VerificationOutcome {
  VALID("属实"),
  UNFOUNDED("不属实"),
  DUPLICATE("重复"),
  WITHDRAWN("撤诉"),
  CONSULTATION("咨询/建议");

  private final String label;

  VerificationOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
