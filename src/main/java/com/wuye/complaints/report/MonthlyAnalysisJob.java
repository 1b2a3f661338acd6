package com.wuye.complaints.report;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * R-KPI-2 the Quartz job that writes the previous month's reports. Quartz's clustered JDBC job
 * store fires it on one node; a second run (another node, a restart, the manual trigger) writes
 * nothing new.
 */
@DisallowConcurrentExecution
class MonthlyAnalysisJob extends QuartzJobBean {

  private MonthlyReports reports;

  // Quartz creates the job; Spring's job factory injects the service through this setter
  @Autowired
  public void setMonthlyReports(MonthlyReports reports) {
    this.reports = reports;
  }

  @Override
  protected void executeInternal(JobExecutionContext context) {
    reports.run(reports.previousMonth());
  }
}
