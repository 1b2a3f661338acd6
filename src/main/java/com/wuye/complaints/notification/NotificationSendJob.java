package com.wuye.complaints.notification;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The Quartz job that runs the sender. Quartz's clustered JDBC job store fires it on one node at a
 * time, so with several nodes each notification is still sent once.
 */
@DisallowConcurrentExecution
class NotificationSendJob extends QuartzJobBean {

  private NotificationSender sender;

  // Quartz creates the job; Spring's job factory injects the sender through this setter
  @Autowired
  public void setNotificationSender(NotificationSender sender) {
    this.sender = sender;
  }

  @Override
  protected void executeInternal(JobExecutionContext context) {
    sender.sendDue();
  }
}
