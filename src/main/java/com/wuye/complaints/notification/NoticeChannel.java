package com.wuye.complaints.notification;

/** How a complainant is told about their complaint (R-LOOP 反馈): chosen at intake, SMS unless said otherwise. */
public enum NoticeChannel {
  SMS,
  WECHAT
}
