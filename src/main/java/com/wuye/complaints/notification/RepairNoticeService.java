package com.wuye.complaints.notification;

import com.wuye.complaints.support.EngineClock;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices about a repair order through the outbox, in the caller's transaction: an SMS to its
 * requester (the phone read from the order when it is sent) and e-mail to staff groups. Each has a
 * dedup key and is enqueued once per key: a timer job retried after a failure, or run again, adds
 * nothing. The texts are templates of {@link MessageTemplates}.
 */
@Service
public class RepairNoticeService {

  private final NotificationRepository outbox;
  private final MessageTemplates templates;
  private final EngineClock clock;

  RepairNoticeService(
      NotificationRepository outbox, MessageTemplates templates, EngineClock clock) {
    this.outbox = outbox;
    this.templates = templates;
    this.clock = clock;
  }

  /**
   * Tells the requester by SMS, once per dedup key; the text carries the slip number, never the
   * phone or the name. Returns whether it was enqueued now.
   */
  @Transactional
  public boolean tellCustomer(
      long repairOrderId, String template, Map<String, ?> values, String dedupKey) {
    return enqueue(repairOrderId, Notification.REPAIR_CUSTOMER, template, values, dedupKey);
  }

  /** Tells a staff group by e-mail, once per dedup key. Returns whether it was enqueued now. */
  @Transactional
  public boolean tellGroup(
      long repairOrderId, String group, String template, Map<String, ?> values, String dedupKey) {
    return enqueue(repairOrderId, group, template, values, dedupKey);
  }

  private boolean enqueue(
      long repairOrderId, String group, String template, Map<String, ?> values, String dedupKey) {
    if (outbox.existsByDedupKey(dedupKey)) {
      return false;
    }
    outbox.save(
        Notification.aboutRepair(
            repairOrderId,
            group,
            templates.render(template + ".subject", values),
            templates.render(template + ".text", values),
            dedupKey,
            clock.now()));
    return true;
  }

  /** What the outbox holds about a repair order, oldest first. */
  @Transactional(readOnly = true)
  public java.util.List<Notification> forRepairOrder(long repairOrderId) {
    return outbox.findByRepairOrderIdOrderByIdAsc(repairOrderId);
  }
}
