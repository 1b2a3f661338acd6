package com.wuye.complaints.notification;

/**
 * PENDING until delivered (SENT) or given up after the last attempt (FAILED, kept for operators);
 * SKIPPED: a message to a complainant who declined messages, recorded and never sent.
 */
public enum NotificationStatus {
  PENDING,
  SENT,
  FAILED,
  SKIPPED
}
