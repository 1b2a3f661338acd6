package com.wuye.complaints.repair;

import com.wuye.complaints.community.CommunityService;
import com.wuye.complaints.household.CallerLookup;
import com.wuye.complaints.support.DailyNumbers;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-REP-1 the repair order 派工单 as a record: numbered PG-YYYYMMDD-NNNN, with the requester's name
 * and phone (here only, R-CUST-5) and, R-CUST-4, the customer category the register knows them by;
 * and what other features may know of it: its slip number pattern and its process instance.
 */
@Service
public class RepairOrders implements com.wuye.complaints.notification.RepairCustomerPhones {

  /** A dispatch slip number 派工单号 in a path. */
  public static final String PATTERN = "PG-\\d{8}-\\d{4,6}";

  /** The refusal: the catalogue's key (Messages). */
  public static final String MESSAGE = "invalid.repair-order-number";

  /**
   * What recording gives the process: the slip number and whether the register knows the requester
   * as a VIP.
   */
  record Recorded(String orderNo, boolean vip) {}

  private final DailyNumbers numbers;
  private final JdbcTemplate jdbc;
  private final CommunityService communities;
  private final CallerLookup callers;

  RepairOrders(
      DailyNumbers numbers, JdbcTemplate jdbc, CommunityService communities, CallerLookup callers) {
    this.numbers = numbers;
    this.jdbc = jdbc;
    this.communities = communities;
    this.callers = callers;
  }

  /** The process instance of the repair order with this number, if there is one. */
  public Optional<String> processInstanceOf(String orderNo) {
    return jdbc
        .queryForList(
            "select process_instance_id from repair_order where order_no = ?",
            String.class,
            orderNo)
        .stream()
        .findFirst();
  }

  /** R-REP-2, R-REP-3: the requester's phone, read when the outbox sends them a message. */
  @Override
  public String phoneOf(long repairOrderId) {
    return jdbc.queryForObject(
        "select requester_phone from repair_order where id = ?", String.class, repairOrderId);
  }

  @Transactional
  Recorded record(NewRepair repair, String processInstanceId, Instant now) {
    if (!communities.exists(repair.community())) {
      throw new InvalidInputException(
          FieldError.of(
              "location.community", "invalid.repair.no-such-community", repair.community()));
    }
    // R-CUST-4: the register decides who is a VIP, never the request
    Optional<String> category =
        callers.categoryOf(
            repair.requesterPhone(),
            repair.community(),
            repair.building(),
            repair.unit(),
            repair.room());
    String no = numbers.next(DailyNumbers.Kind.REPAIR_ORDER, now);
    jdbc.update(
        "insert into repair_order (order_no, process_instance_id, channel, kind, facility_type, public_size, emergency,"
            + " customer_category, community_code, building, unit, room, description, requester_name, requester_phone,"
            + " requested_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        no,
        processInstanceId,
        repair.channel().name(),
        repair.kind().name(),
        repair.facility().name(),
        repair.size() == null ? null : repair.size().name(),
        repair.emergency(),
        category.orElse(null),
        repair.community(),
        repair.building(),
        repair.unit(),
        repair.room(),
        repair.description(),
        repair.requesterName(),
        repair.requesterPhone(),
        Timestamp.from(now),
        repair.recordedBy());
    return new Recorded(no, category.filter("A"::equals).isPresent());
  }
}
