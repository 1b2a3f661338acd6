package com.wuye.complaints.notification;

import com.wuye.complaints.complaint.Codes;

/**
 * How a complainant is told about their complaint (R-LOOP 反馈): chosen at intake, SMS unless said
 * otherwise.
 */
public enum NoticeChannel {
  SMS,
  WECHAT;

  /** JSON takes the code exactly as written: no trimming, no other case. */
  @com.fasterxml.jackson.annotation.JsonCreator
  public static NoticeChannel fromCode(String code) {
    return Codes.exactly(NoticeChannel.class, code);
  }
}
