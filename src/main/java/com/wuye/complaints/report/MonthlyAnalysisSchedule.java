package com.wuye.complaints.report;

import com.wuye.complaints.support.CompanySettings;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Schedules the monthly analysis job (R-KPI-2) on Quartz's clustered job store: one node runs it.
 */
@Configuration(proxyBeanMethods = false)
class MonthlyAnalysisSchedule {

  @Bean
  JobDetail monthlyAnalysisJob() {
    return JobBuilder.newJob(MonthlyAnalysisJob.class)
        .withIdentity("monthly-analysis")
        .withDescription("Writes the previous month's complaint analysis (R-KPI-2)")
        .storeDurably()
        .build();
  }

  @Bean
  Trigger monthlyAnalysisTrigger(
      JobDetail monthlyAnalysisJob, AnalysisSettings settings, CompanySettings complaints) {
    return TriggerBuilder.newTrigger()
        .forJob(monthlyAnalysisJob)
        .withIdentity("monthly-analysis")
        .withSchedule(
            CronScheduleBuilder.cronSchedule(settings.monthlyCron())
                .inTimeZone(TimeZone.getTimeZone(complaints.timeZone()))
                // a node that was down at 02:00 on the 1st runs it once when it comes back
                .withMisfireHandlingInstructionFireAndProceed())
        .build();
  }
}
