package com.wuye.complaints.complaint;

import com.wuye.complaints.support.DailyNumbers;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Gives complaint numbers like {@code TS-20261122-0001}: the company's day, then that day's
 * sequence (see DailyNumbers).
 */
@Component
class ComplaintNumberAllocator {

  private final DailyNumbers numbers;

  ComplaintNumberAllocator(DailyNumbers numbers) {
    this.numbers = numbers;
  }

  String next(Instant at) {
    return numbers.next(DailyNumbers.Kind.COMPLAINT, at);
  }
}
