package com.wuye.complaints.engine;

import com.wuye.complaints.support.EngineExtensions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.SuccessfulJobListener;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * Issue 18: after every job that succeeds, the engine runs one more command whose only work is to
 * count the success in its metrics ({@link SuccessfulJobListener}). As a command it got a
 * transaction of its own: a connection from the pool, {@code SET autocommit=0}, an empty {@code
 * COMMIT}, {@code SET autocommit=1} — three round trips and a commit per job, 4,000 empty
 * transactions in a sweep of 2,000 escalations. Here the same count is made without them; every
 * other command goes on as before.
 */
@Component
class JobSuccessWithoutTransaction extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineExtensions.addCommandInterceptor(
        configuration, new CountWithoutTransaction(configuration));
  }

  /** In front of the transaction: a success is counted as the listener would count it. */
  static final class CountWithoutTransaction extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    CountWithoutTransaction(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (command.getClass() != SuccessfulJobListener.class) {
        return next.execute(command);
      }
      if (configuration.isMetricsEnabled()) {
        configuration.getMetricsRegistry().markOccurrence(Metrics.JOB_SUCCESSFUL);
      }
      return null;
    }
  }
}
