package com.wuye.complaints.complaint;

/** Where a complaint stands in the closed loop (R-LOOP). */
public enum ComplaintStatus {
  AWAITING_VERIFICATION,
  IN_HANDLING,
  AWAITING_FEEDBACK,
  AWAITING_RETURN_VISIT,
  CLOSED
}
