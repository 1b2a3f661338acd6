package com.wuye.complaints.complaint;

/** R-VISIT-1: what the complainant says on the return visit. */
public enum Satisfaction {
  SATISFIED,
  BASICALLY_SATISFIED,
  UNSATISFIED
}
