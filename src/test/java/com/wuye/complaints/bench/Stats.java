package com.wuye.complaints.bench;

import java.util.Arrays;
import java.util.List;

/** Latencies of one measured run, and the figures reported from them. */
record Stats(int operations, double seconds, double p50Millis, double p95Millis, double p99Millis) {

  static Stats of(long[] latencyNanos, long elapsedNanos) {
    long[] sorted = latencyNanos.clone();
    Arrays.sort(sorted);
    return new Stats(
        sorted.length, elapsedNanos / 1e9, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99));
  }

  double perSecond() {
    return operations / seconds;
  }

  /** The run whose throughput is the median of several (the figures of one run stay together). */
  static Stats median(List<Stats> runs) {
    return runs.stream()
        .sorted((a, b) -> Double.compare(a.perSecond(), b.perSecond()))
        .toList()
        .get(runs.size() / 2);
  }

  private static double pct(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }
}
