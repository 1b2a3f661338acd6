package com.wuye.complaints.support;

/**
 * What a person can type: any text but control characters (NUL, escape, bell, …). Line breaks and
 * tabs are fine in a description. The one definition, used by the API's JSON reader and by every
 * form submission.
 */
public final class PlainText {

  private PlainText() {}

  public static boolean isPlain(String text) {
    if (text == null) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t')
          || c == 0x7f
          || (c >= 0x80 && c < 0xa0)) {
        return false;
      }
    }
    return true;
  }

  /** What a person typed, stripped; null when nothing (or only white space) was typed. */
  public static String strippedOrNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public static FieldError error(String field) {
    return FieldError.of(field, "invalid.control-characters");
  }
}
