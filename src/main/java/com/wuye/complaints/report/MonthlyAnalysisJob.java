package com.wuye.complaints.report;

import com.wuye.complaints.support.ClusteredJob;
import org.quartz.DisallowConcurrentExecution;

/**
 * R-KPI-2 the Quartz job that writes the previous month's reports. A second run (another node, a
 * restart, the manual trigger) writes nothing new.
 */
@DisallowConcurrentExecution
class MonthlyAnalysisJob extends ClusteredJob<MonthlyReports> {

  @Override
  protected void run(MonthlyReports reports) {
    reports.run(reports.previousMonth());
  }
}
