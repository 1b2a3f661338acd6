package com.wuye.complaints.complaint;

import java.util.regex.Pattern;

/**
 * The one definition of what a complaint number looks like — {@code TS-} + the day it was recorded
 * ({@code yyyyMMdd}) + a per-day sequence of at least four digits, e.g. {@code TS-20261122-0007} —
 * for every edge that takes one (path variables, intake fields, forms' parsers).
 */
public final class ComplaintNumbers {

  /** For Bean Validation's {@code @Pattern}. */
  public static final String PATTERN = "TS-\\d{8}-\\d{4,6}";

  /**
   * The refusal, in Chinese and English ("中文 / English", as Bean Validation messages are written
   * here).
   */
  public static final String MESSAGE =
      "投诉编号格式应为 TS-年月日-序号 / complaint numbers look like TS-20261122-0001";

  private static final Pattern VALID = Pattern.compile(PATTERN);

  private ComplaintNumbers() {}

  public static boolean isValid(String complaintNo) {
    return complaintNo != null && VALID.matcher(complaintNo).matches();
  }
}
