package com.wuye.complaints.complaint;

import java.util.Arrays;

/** Codes (channel, category…) are taken exactly as written: no trimming, no other case. */
public final class Codes {

  private Codes() {}

  public static <E extends Enum<E>> E exactly(Class<E> type, String code) {
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(code)) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        "unknown code " + code + "; must be one of " + Arrays.toString(type.getEnumConstants()));
  }
}
