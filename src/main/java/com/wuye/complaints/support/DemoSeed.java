package com.wuye.complaints.support;

/**
 * A part of the demo profile's sample data that is written after the application is ready (issue
 * 18: the platform answers within seconds while the households, complaints and repair orders are
 * still being written). {@link DemoSeeding} runs every seed once per start, one after another in
 * their {@code @Order}; each must skip what an earlier start has already written.
 */
public interface DemoSeed {

  /** What the seed writes, for the progress log, e.g. "1,000 households". */
  String name();

  void seed();
}
