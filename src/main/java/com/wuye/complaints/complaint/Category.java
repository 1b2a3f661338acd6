package com.wuye.complaints.complaint;

/**
 * What a complaint is about; the same codes in forms, API and reports. Their Chinese names are the
 * intake form's (forms/complaint-intake.form), where people choose them.
 */
public enum Category {
  SECURITY,
  CLEANING,
  GREENING,
  REPAIR,
  FACILITIES,
  PARKING,
  FEES,
  NOISE,
  NEIGHBOUR,
  DECORATION,
  SERVICE_ATTITUDE,
  OTHER;

  /** JSON takes the code exactly as written: no trimming, no other case. */
  @com.fasterxml.jackson.annotation.JsonCreator
  public static Category fromCode(String code) {
    return Codes.exactly(Category.class, code);
  }
}
