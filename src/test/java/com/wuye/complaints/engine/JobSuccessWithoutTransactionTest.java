package com.wuye.complaints.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.SuccessfulJobListener;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JobSuccessWithoutTransactionTest {

  private final StandaloneInMemProcessEngineConfiguration configuration =
      new StandaloneInMemProcessEngineConfiguration();
  private final List<Command<?>> passedOn = new ArrayList<>();
  private final CommandInterceptor interceptor =
      new JobSuccessWithoutTransaction.CountWithoutTransaction(configuration);

  JobSuccessWithoutTransactionTest() {
    MetricsRegistry metrics = new MetricsRegistry();
    metrics.createDbMeter(Metrics.JOB_SUCCESSFUL);
    configuration.setMetricsRegistry(metrics);
    // the rest of the chain: the transaction and the command context
    interceptor.setNext(
        new CommandInterceptor() {
          @Override
          public <T> T execute(Command<T> command) {
            passedOn.add(command);
            return null;
          }
        });
  }

  private long successes() {
    return configuration.getMetricsRegistry().getDbMeterByName(Metrics.JOB_SUCCESSFUL).get();
  }

  @Test
  @DisplayName(
      "issue 18: a job's success is counted in the engine's metrics without a command, so without a transaction of its own")
  void countsASuccessWithoutATransaction() {
    interceptor.execute(new SuccessfulJobListener());
    interceptor.execute(new SuccessfulJobListener());

    assertThat(successes()).isEqualTo(2);
    assertThat(passedOn).isEmpty();
  }

  @Test
  @DisplayName("issue 18: with metrics off nothing is counted, and still no transaction")
  void countsNothingWithMetricsOff() {
    configuration.setMetricsEnabled(false);

    interceptor.execute(new SuccessfulJobListener());

    assertThat(successes()).isZero();
    assertThat(passedOn).isEmpty();
  }

  @Test
  @DisplayName(
      "issue 18: every other command, a subclass of the listener too, goes on to its transaction as before")
  void passesEveryOtherCommandOn() {
    Command<Void> other = context -> null;
    SuccessfulJobListener extended =
        new SuccessfulJobListener() {
          @Override
          public Void execute(org.camunda.bpm.engine.impl.interceptor.CommandContext context) {
            return super.execute(context);
          }
        };

    interceptor.execute(other);
    interceptor.execute(extended);

    assertThat(passedOn).containsExactly(other, extended);
    assertThat(successes()).isZero();
  }
}
