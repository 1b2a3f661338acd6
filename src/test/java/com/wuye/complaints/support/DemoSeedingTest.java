package com.wuye.complaints.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.annotation.Order;

/**
 * Issue 18: the demo data written after ready, in order, and /actuator/health/demo telling when.
 */
class DemoSeedingTest {

  static final List<String> written = new ArrayList<>();

  @Order(2)
  static class Second implements DemoSeed {
    @Override
    public String name() {
      return "second";
    }

    @Override
    public void seed() {
      written.add("second");
    }
  }

  @Order(1)
  static class First implements DemoSeed {
    @Override
    public String name() {
      return "first";
    }

    @Override
    public void seed() {
      written.add("first");
    }
  }

  @Order(0)
  static class Failing implements DemoSeed {
    @Override
    public String name() {
      return "failing";
    }

    @Override
    public void seed() {
      throw new IllegalStateException("the database went away");
    }
  }

  @Test
  void writesTheSeedsInTheirOrderAndIsUpOnlyOnceAllAreWritten() {
    written.clear();
    try (var context = new AnnotationConfigApplicationContext(Second.class, First.class)) {
      DemoSeeding seeding = new DemoSeeding(context.getBeanProvider(DemoSeed.class));
      assertThat(seeding.health().getStatus()).isEqualTo(Status.UNKNOWN);

      seeding.writeAll();

      assertThat(written).containsExactly("first", "second");
      assertThat(seeding.health().getStatus()).isEqualTo(Status.UP);
    }
  }

  @Test
  void stopsAtAFailingSeedAndStaysUnknown() {
    written.clear();
    try (var context =
        new AnnotationConfigApplicationContext(Second.class, Failing.class, First.class)) {
      DemoSeeding seeding = new DemoSeeding(context.getBeanProvider(DemoSeed.class));

      seeding.writeAll();

      assertThat(written).isEmpty();
      assertThat(seeding.health().getStatus()).isEqualTo(Status.UNKNOWN);
      assertThat(seeding.health().getDetails())
          .containsEntry("demoData", "failing failed (see the log)");
    }
  }
}
