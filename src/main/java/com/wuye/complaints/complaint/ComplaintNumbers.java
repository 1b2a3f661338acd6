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

  /** The refusal: the catalogue's key (Messages), as every Bean Validation message here. */
  public static final String MESSAGE = "invalid.complaint-number";

  private static final Pattern VALID = Pattern.compile(PATTERN);

  private ComplaintNumbers() {}

  public static boolean isValid(String complaintNo) {
    return complaintNo != null && VALID.matcher(complaintNo).matches();
  }
}
