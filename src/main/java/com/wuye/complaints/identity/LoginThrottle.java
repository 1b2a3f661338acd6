package com.wuye.complaints.identity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing against machine clients without ever locking them out: each wrong
 * password from an address is answered later than the one before (0.5 s, 1 s, 2 s, up to 4 s); the
 * right password is never delayed, whoever guessed before. At most a few answers wait at once, so a
 * flood of guesses cannot tie up the server's threads (those beyond are refused at once). Kept in
 * memory: on a cluster each node throttles what reaches it.
 */
@Component
class LoginThrottle {

  private static final long FIRST_DELAY_MILLIS = 500;
  private static final long MAX_DELAY_MILLIS = 4_000;
  private static final int MAX_TRACKED = 10_000;

  private final Map<String, Integer> failures = new ConcurrentHashMap<>();
  private final Semaphore waiting = new Semaphore(8);

  void failed(String source) {
    if (failures.size() > MAX_TRACKED) {
      failures.clear();
    }
    int count = failures.merge(source, 1, Integer::sum);
    long delay = Math.min(MAX_DELAY_MILLIS, FIRST_DELAY_MILLIS << Math.min(count - 1, 10));
    if (waiting.tryAcquire()) {
      try {
        TimeUnit.MILLISECONDS.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        waiting.release();
      }
    }
  }

  void succeeded(String source) {
    failures.remove(source);
  }
}
