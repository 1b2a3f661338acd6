package com.wuye.complaints.complaint;

/**
 * R-IN-1: every way a complaint reaches the company. Their Chinese names are the intake form's
 * (forms/complaint-intake.form), where people choose them.
 */
public enum Channel {
  PHONE,
  WALK_IN,
  LETTER,
  FAX,
  APP,
  WECHAT,
  STAFF_RELAY,
  NIGHT_SHIFT;

  /** JSON takes the code exactly as written: no trimming, no other case. */
  @com.fasterxml.jackson.annotation.JsonCreator
  public static Channel fromCode(String code) {
    return Codes.exactly(Channel.class, code);
  }
}
