package com.wuye.complaints.support;

/**
 * One message in the platform's two languages, as the catalogue (Messages) words it. Which of the
 * two a client reads is chosen when the answer is written (Language), never by splitting a "中文 /
 * English" string.
 */
public record Text(String zh, String en) {

  /** The message as a client asking in {@code language} reads it in a title. */
  public String title(Language language) {
    return switch (language) {
      case ZH -> zh;
      case EN -> en;
      case BOTH -> zh.equals(en) ? zh : zh + " " + en;
    };
  }

  /** The message as a client asking in {@code language} reads it in a detail or a field. */
  public String detail(Language language) {
    return switch (language) {
      case ZH -> zh;
      case EN -> en;
      case BOTH -> zh.equals(en) ? zh : zh + " / " + en;
    };
  }
}
