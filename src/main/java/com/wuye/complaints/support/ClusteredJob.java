package com.wuye.complaints.support;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * A Quartz job that hands its run to one service. Quartz's clustered JDBC job store fires it on one
 * node at a time; Quartz creates the job and Spring's job factory injects the service (of the type
 * the subclass names) through the setter, so a job is its service call and nothing more.
 */
@DisallowConcurrentExecution
public abstract class ClusteredJob<S> extends QuartzJobBean {

  private S service;

  @Autowired
  public void setService(S service) {
    this.service = service;
  }

  @Override
  protected final void executeInternal(JobExecutionContext context) {
    run(service);
  }

  /** What one firing does. */
  protected abstract void run(S service);
}
