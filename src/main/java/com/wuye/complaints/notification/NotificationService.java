package com.wuye.complaints.notification;

import com.wuye.complaints.support.EngineClock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notifications to the outbox in the caller's transaction, so a notification exists exactly
 * when the event that caused it was committed. The sender delivers them later.
 */
@Service
public class NotificationService {

  private final NotificationRepository outbox;
  private final EngineClock clock;

  NotificationService(NotificationRepository outbox, EngineClock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  @Transactional
  public void notifyGroup(Long complaintId, String group, String subject, String body) {
    outbox.save(new Notification(complaintId, group, subject, body, clock.now()));
  }

  @Transactional(readOnly = true)
  public List<Notification> forComplaint(long complaintId) {
    return outbox.findByComplaintIdOrderByIdAsc(complaintId);
  }
}
