package com.wuye.complaints.report;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationContext;

/**
 * For the integration scenarios: runs the monthly analysis job as Quartz would, at a given moment
 * of the engine clock.
 */
public final class MonthlyAnalysisJobs {

  private MonthlyAnalysisJobs() {}

  /**
   * Runs the job's work once with the engine clock at {@code now} (it analyses the month before),
   * then resets the clock.
   */
  public static void runAt(ApplicationContext context, Instant now) {
    MonthlyAnalysisJob job = new MonthlyAnalysisJob();
    ClockUtil.setCurrentTime(Date.from(now));
    try {
      job.run(context.getBean(MonthlyReports.class));
    } finally {
      ClockUtil.reset();
    }
  }
}
