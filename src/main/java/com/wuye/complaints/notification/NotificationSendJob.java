package com.wuye.complaints.notification;

import com.wuye.complaints.support.ClusteredJob;
import org.quartz.DisallowConcurrentExecution;

/**
 * The Quartz job that runs the sender; fired on one node at a time, so with several nodes each
 * notification is still sent once.
 */
@DisallowConcurrentExecution
class NotificationSendJob extends ClusteredJob<NotificationSender> {

  @Override
  protected void run(NotificationSender sender) {
    sender.sendDue();
  }
}
