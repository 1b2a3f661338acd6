package com.wuye.complaints.complaint;

import java.util.regex.Pattern;

/**
 * R-CUST-5 free text meant for many readers (a case write-up, a preventive action) must not carry a
 * phone number: the same patterns as {@link Phones}, also when written with spaces or hyphens
 * between the digit groups.
 */
public final class PhoneMentions {

  private static final Pattern DIGIT_GAPS = Pattern.compile("(?<=\\d)[ \\-](?=\\d)");
  private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:" + Phones.PATTERN + ")(?!\\d)");

  private PhoneMentions() {}

  public static boolean in(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    String joined = DIGIT_GAPS.matcher(text.replace("+86", " ")).replaceAll("");
    return PHONE.matcher(joined).find();
  }
}
