package com.wuye.complaints.household;

import java.time.Duration;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Schedules the VIP card renewal job. How often it looks ({@code
 * complaints.vip-cards.renewal-check-interval}, hourly by default) is operations; how long before
 * expiry a card is up for renewal is the business rule, in decision vip-card-validity
 * (renewBefore).
 */
@Configuration(proxyBeanMethods = false)
class VipCardRenewalSchedule {

  @Bean
  JobDetail vipCardRenewalJob() {
    return JobBuilder.newJob(VipCardRenewalJob.class)
        .withIdentity("vip-card-renewal")
        .withDescription("Starts the renewal tasks of VIP cards near their expiry (R-CUST-3)")
        .storeDurably()
        .build();
  }

  @Bean
  Trigger vipCardRenewalTrigger(
      JobDetail vipCardRenewalJob,
      @Value("${complaints.vip-cards.renewal-check-interval:PT1H}") Duration interval) {
    return TriggerBuilder.newTrigger()
        .forJob(vipCardRenewalJob)
        .withIdentity("vip-card-renewal")
        .withSchedule(
            SimpleScheduleBuilder.simpleSchedule()
                .withIntervalInMilliseconds(interval.toMillis())
                .repeatForever()
                .withMisfireHandlingInstructionNextWithRemainingCount())
        .build();
  }
}
