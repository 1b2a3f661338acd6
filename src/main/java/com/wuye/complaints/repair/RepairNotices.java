package com.wuye.complaints.repair;

import com.wuye.complaints.notification.RepairNoticeService;
import com.wuye.complaints.support.CompanySettings;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-REP-2 a missed arrival and R-REP-3 an overdue fix told through the outbox: the requester by SMS
 * (the phone read from the repair order when it is sent) and the staff groups the model names. Once
 * per missed deadline: the dedup key is the rule, the slip, the deadline and the recipient, so a
 * retried timer job enqueues nothing twice, and a booked time missed again is a new notice.
 */
@Service
class RepairNotices {

  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final JdbcTemplate jdbc;
  private final RepairNoticeService outbox;
  private final CompanySettings settings;
  private final RepairEvents events;

  RepairNotices(
      JdbcTemplate jdbc,
      RepairNoticeService outbox,
      CompanySettings settings,
      RepairEvents events) {
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.settings = settings;
    this.events = events;
  }

  /**
   * Tells the requester and each group that the deadline of the slip passed; {@code notice} names
   * the templates (repair.{notice}.customer / .staff), {@code ruleId} keys the dedup.
   */
  @Transactional
  void deadlineMissed(
      String orderNo, String notice, String ruleId, Instant deadline, List<String> groups) {
    long orderId =
        jdbc.queryForObject("select id from repair_order where order_no = ?", Long.class, orderNo);
    Map<String, String> values =
        Map.of(
            "orderNo",
            orderNo,
            "dueAt",
            deadline == null ? "-" : DUE.format(deadline.atZone(settings.timeZone())));
    // R-KPI-1 the miss itself, which the repair figures' on-time rate counts
    events.record(orderNo, RepairEvents.DEADLINE_MISSED, ruleId);
    String key = ruleId + ":" + orderNo + ":" + (deadline == null ? "-" : deadline.toEpochMilli());
    outbox.tellCustomer(orderId, "repair." + notice + ".customer", values, key + ":customer");
    for (String group : groups) {
      outbox.tellGroup(orderId, group, "repair." + notice + ".staff", values, key + ":" + group);
    }
  }
}
