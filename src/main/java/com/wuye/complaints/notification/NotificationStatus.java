package com.wuye.complaints.notification;

/** PENDING until delivered (SENT) or given up after the last attempt (FAILED, kept for operators). */
public enum NotificationStatus {
  PENDING,
  SENT,
  FAILED
}
