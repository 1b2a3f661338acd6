package com.wuye.complaints.waiting;

/** R-SEV-MAJOR/HOT: on whom a complaint waits when the delay is not the company's. */
public enum WaitingOn {
  /** the complainant 投诉人 (not at home, has not decided, ...) */
  COMPLAINANT,
  /** a third party 第三方 (a utility, a contractor, the neighbour, ...) */
  THIRD_PARTY
}
