package com.wuye.complaints.notification;

/**
 * One way of reaching a complainant: SMS or WeChat. The outbox sender calls it with the phone read
 * from the complaint row at send time, so the phone never sits in the outbox, the process or a log.
 * A channel throws {@link ChannelDeliveryException} when a message did not go out: transient ones
 * are retried, permanent ones (the gateway refused the message) make the notification FAILED at
 * once.
 */
interface ComplainantChannel {

  NoticeChannel channel();

  void send(String phone, String text);
}
