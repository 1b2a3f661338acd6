package com.wuye.complaints.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: writes the {@link DemoSeed}s on one background thread once the application is
 * ready, in their order, logging each as it finishes. The demo users, groups, grants, communities
 * and Tasklist filters are written before (application runners), so a user can sign in at once; the
 * sample data follows. {@code /actuator/health/demo} answers UP once it is all written (UNKNOWN
 * until then), which the browser test and the attack drill wait for. A seed that fails is logged
 * and tried again at the next start.
 */
@Component("demoDataHealthIndicator")
@Profile("demo")
class DemoSeeding implements HealthIndicator {

  private static final Logger log = LoggerFactory.getLogger(DemoSeeding.class);

  private final ObjectProvider<DemoSeed> seeds;
  private volatile boolean stopping;
  private volatile String state = "waiting for the application to be ready";
  private volatile boolean complete;

  DemoSeeding(ObjectProvider<DemoSeed> seeds) {
    this.seeds = seeds;
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    Thread worker = new Thread(this::writeAll, "demo-data");
    worker.setDaemon(true);
    worker.start();
  }

  /** Every seed in its order; stops at the first that fails. */
  void writeAll() {
    long began = System.nanoTime();
    for (DemoSeed seed : seeds.orderedStream().toList()) {
      if (stopping) {
        log.info("demo data: stopped before {} (the next start writes it)", seed.name());
        state = "stopped before " + seed.name();
        return;
      }
      long stepBegan = System.nanoTime();
      state = "writing " + seed.name();
      try {
        seed.seed();
      } catch (RuntimeException e) {
        log.warn(
            "demo data: {} failed (the next start runs the seeds again): {}",
            seed.name(),
            e.toString());
        state = seed.name() + " failed (see the log)";
        return;
      }
      log.info(
          "demo data: {} ready ({} ms)", seed.name(), (System.nanoTime() - stepBegan) / 1_000_000);
    }
    log.info("demo data complete in {} ms", (System.nanoTime() - began) / 1_000_000);
    state = "complete";
    complete = true;
  }

  /**
   * UP once the demo data is complete; UNKNOWN before, which leaves the application's own health
   * (and its readiness) as it is.
   */
  @Override
  public Health health() {
    return (complete ? Health.up() : Health.unknown()).withDetail("demoData", state).build();
  }

  /**
   * The application stops: no further seed starts (not interrupted: an interrupt could close the H2
   * file under the seed being written).
   */
  @EventListener(ContextClosedEvent.class)
  void stop() {
    stopping = true;
  }
}
