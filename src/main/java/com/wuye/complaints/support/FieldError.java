package com.wuye.complaints.support;

/** One rejected input field, explained in Chinese and in English. */
public record FieldError(String field, String messageZh, String messageEn) {

  @Override
  public String toString() {
    return field + ": " + messageZh + " / " + messageEn;
  }
}
