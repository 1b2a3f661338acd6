package com.wuye.complaints.household;

import com.wuye.complaints.support.ApiProblemException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * R-CUST-3: a VIP card number has six characters, {@code JK} + the level digit (0 group leadership,
 * 1 government official, 2 other) + a sequence 001–999. A new card takes the lowest sequence of its
 * level that no valid card holds; when all 999 are held the level is full (409).
 */
final class VipCardNumbers {

  static final String PREFIX = "JK";
  static final int LOWEST = 1;
  static final int HIGHEST = 999;

  private VipCardNumbers() {}

  static boolean isLevel(int level) {
    return level >= 0 && level <= 2;
  }

  static String format(int level, int sequence) {
    if (!isLevel(level) || sequence < LOWEST || sequence > HIGHEST) {
      throw new IllegalArgumentException(
          "no VIP card number for level " + level + ", sequence " + sequence);
    }
    return PREFIX + level + String.format("%03d", sequence);
  }

  /** The lowest sequence no valid card of the level holds; 409 when the level is full. */
  static int next(int level, Collection<Integer> held) {
    Set<Integer> taken = new HashSet<>(held);
    for (int sequence = LOWEST; sequence <= HIGHEST; sequence++) {
      if (!taken.contains(sequence)) {
        return sequence;
      }
    }
    throw ApiProblemException.conflict("household.vip-card-level-full-all", level, PREFIX);
  }
}
