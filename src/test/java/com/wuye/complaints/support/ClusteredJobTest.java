package com.wuye.complaints.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.spi.OperableTrigger;
import org.quartz.spi.TriggerFiredBundle;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;

class ClusteredJobTest {

  static class Counter {
    int runs;
  }

  static class Other {
    int runs;
  }

  static class CountingJob extends ClusteredJob<Counter> {
    @Override
    protected void run(Counter counter) {
      counter.runs++;
    }
  }

  @Test
  void springsJobFactoryGivesTheJobTheServiceItsSubclassNames() throws Exception {
    try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
      context.registerBean(Counter.class);
      context.registerBean(Other.class);
      context.refresh();
      SpringBeanJobFactory factory = new SpringBeanJobFactory();
      factory.setApplicationContext(context);
      TriggerFiredBundle fired =
          new TriggerFiredBundle(
              JobBuilder.newJob(CountingJob.class).build(),
              (OperableTrigger) TriggerBuilder.newTrigger().build(),
              null,
              false,
              null,
              null,
              null,
              null);

      Job job = factory.newJob(fired, null);
      ((CountingJob) job).executeInternal(null);

      assertThat(context.getBean(Counter.class).runs).isEqualTo(1);
      assertThat(context.getBean(Other.class).runs).isZero();
    }
  }
}
