package com.wuye.complaints.complaint;

/** Where a complaint stands in the closed loop (R-LOOP). */
public enum ComplaintStatus {
  AWAITING_VERIFICATION,
  /**
   * Verification found it is not a complaint to handle (unfounded, duplicate, withdrawn,
   * consultation).
   */
  AWAITING_CLOSING_CONFIRMATION,
  IN_HANDLING,
  AWAITING_FEEDBACK,
  AWAITING_RETURN_VISIT,
  CLOSED
}
