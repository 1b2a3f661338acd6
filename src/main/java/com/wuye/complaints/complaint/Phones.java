package com.wuye.complaints.complaint;

import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.FieldReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one definition of a complainant's phone number (R-IN-2), used by the API, the Tasklist intake
 * and every lookup by phone: a mainland mobile of 11 digits, or a landline written area code (0 and
 * 2–3 digits), an optional hyphen and 7–8 digits. Numbers are stored as {@link #normalize} writes
 * them, so the same phone typed two ways is one phone.
 */
public final class Phones {

  /** For Bean Validation's {@code @Pattern}; applies to a normalised number. */
  public static final String PATTERN = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}";

  private static final Pattern VALID = Pattern.compile(PATTERN);
  private static final Pattern WRITTEN = Pattern.compile("[0-9 +\\-]+");
  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  private static final Pattern LANDLINE_GROUPS = Pattern.compile("(0\\d{2,3})[ \\-]+(\\d{7,8})");
  private static final Pattern COUNTRY_CODE = Pattern.compile("^(\\+|00)86[ \\-]*");

  private Phones() {}

  /**
   * How people say and write a number, made one form: spaces and hyphens between the digit groups
   * of a mobile go, as does a +86 or 0086 before it ("+86 138 1234 5678" is 13812345678); a
   * landline's area code is kept apart by one hyphen ("021 12345678" is 021-12345678). Anything
   * else (letters, full-width digits, a wrong length) comes back stripped but otherwise as typed,
   * for {@link #isValid} to refuse.
   */
  public static String normalize(String typed) {
    if (typed == null) {
      return null;
    }
    String phone = typed.strip();
    if (!WRITTEN.matcher(phone).matches()) {
      return phone;
    }
    String national = COUNTRY_CODE.matcher(phone).replaceFirst("");
    String digits = national.replaceAll("[ \\-]", "");
    if (MOBILE.matcher(digits).matches()) {
      return digits;
    }
    Matcher landline = LANDLINE_GROUPS.matcher(national);
    if (landline.matches()) {
      return landline.group(1) + "-" + landline.group(2);
    }
    return phone;
  }

  public static boolean isValid(String normalized) {
    return normalized != null && VALID.matcher(normalized).matches();
  }

  /**
   * A submitted record's phone field (an intake's or a repair request's), normalised; null, with
   * the problem added, when it is missing or not a phone number.
   */
  public static String read(FieldReader reader, String field) {
    String phone = normalize(reader.text(field, "联系电话", true, 30));
    if (phone != null && !isValid(phone)) {
      reader.reject(FieldError.of(field, "invalid.phone-11-digit-mobile-area-code"));
      return null;
    }
    return phone;
  }
}
