package com.wuye.complaints.support;

/** One rejected input field, explained in Chinese and in English. */
public record FieldError(String field, String messageZh, String messageEn) {

  /** The field refused with the catalogue's message {@code key} (Messages). */
  public static FieldError of(String field, String key, Object... args) {
    Text text = Messages.text(key, args);
    return new FieldError(field, text.zh(), text.en());
  }

  @Override
  public String toString() {
    return field + ": " + messageZh + " / " + messageEn;
  }
}
