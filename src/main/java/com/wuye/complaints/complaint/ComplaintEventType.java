package com.wuye.complaints.complaint;

/** The timeline entries of a complaint. */
public enum ComplaintEventType {
  RECEIVED,
  SEVERITY_CHANGED,
  ASSIGNED,
  VERIFIED,
  HANDLED,
  FEEDBACK_GIVEN,
  RETURN_VISITED,
  REOPENED,
  CLOSED
}
