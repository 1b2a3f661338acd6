package com.wuye.complaints.notification;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Schedules the notification sender job. */
@Configuration(proxyBeanMethods = false)
class NotificationSchedule {

  @Bean
  JobDetail notificationSendJob() {
    return JobBuilder.newJob(NotificationSendJob.class)
        .withIdentity("notification-sender")
        .withDescription("Delivers the notification outbox")
        .storeDurably()
        .build();
  }

  @Bean
  Trigger notificationSendTrigger(JobDetail notificationSendJob, NotificationSettings settings) {
    return TriggerBuilder.newTrigger()
        .forJob(notificationSendJob)
        .withIdentity("notification-sender")
        .withSchedule(
            SimpleScheduleBuilder.simpleSchedule()
                .withIntervalInMilliseconds(settings.sendInterval().toMillis())
                .repeatForever()
                .withMisfireHandlingInstructionNextWithRemainingCount())
        .build();
  }
}
