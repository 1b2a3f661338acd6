package com.wuye.complaints.notification;

import com.wuye.complaints.customer.PersonalData;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The test double behind every complainant channel without a configured gateway (tests, demo, a
 * developer's machine): messages are kept in memory (the last 1,000) instead of being sent, and
 * logged with the phone masked (R-CUST-5). Tests read what a complainant would have received.
 */
@Component
public class RecordedComplainantMessages {

  private static final Logger log = LoggerFactory.getLogger(RecordedComplainantMessages.class);
  private static final int KEPT = 1000;

  /** One message as it would have gone out. */
  public record Message(NoticeChannel channel, String phone, String text) {}

  private final Deque<Message> messages = new ArrayDeque<>();

  /** What the complainant with this phone would have received, oldest first. */
  public synchronized List<Message> to(String phone) {
    return messages.stream().filter(m -> m.phone().equals(phone)).toList();
  }

  synchronized void record(NoticeChannel channel, String phone, String text) {
    if (messages.size() == KEPT) {
      messages.removeFirst();
    }
    messages.addLast(new Message(channel, phone, text));
    log.info(
        "{} (no gateway configured, recorded not sent) to {}: {}",
        channel,
        PersonalData.maskPhone(phone),
        text);
  }

  ComplainantChannel as(NoticeChannel channel) {
    return new ComplainantChannel() {
      @Override
      public NoticeChannel channel() {
        return channel;
      }

      @Override
      public void send(String phone, String text) {
        record(channel, phone, text);
      }
    };
  }
}
