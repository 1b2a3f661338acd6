package com.wuye.complaints.api;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * R-KPI-1 a month (March 2019, company time zone Asia/Shanghai) of repair orders in two communities
 * of their own, written straight into the repair tables with known outcomes, as the repair package
 * writes them (repair_order, repair_event, repair_visit_sample; times in the JVM's zone, by
 * JdbcTemplate). docs/reports.md "Repairs" defines the figures RepairKpiScenario expects. Community
 * codes and slip numbers are new on every run, so the figures do not depend on what else the
 * database holds.
 */
final class RepairKpiMonth {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  final String a;
  final String b;
  private final JdbcTemplate jdbc;
  private final String run = UUID.randomUUID().toString().substring(0, 6);
  private final String day =
      "19" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
  private int seq;

  RepairKpiMonth(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.a = "rkpa" + run;
    this.b = "rkpb" + run;
  }

  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
  }

  /** The slip of the n-th order seeded (R1..R7 in a are 1..7, R8 in b is 8). */
  String no(int n) {
    return String.format("PG-%s-%04d", day, n);
  }

  /** A suffix new on every run, for users of this run. */
  String run() {
    return run;
  }

  void seed() {
    // R1: requested 2 March, return visit satisfied and closed on 4 March, no deadline missed;
    // sampled by the customer-service supervisor (visited satisfied) and the repair lead (visited
    // unsatisfied), not by the service-centre manager
    String r1 = order(a, "2019-03-02T10:00");
    event(r1, "RETURN_VISITED", "SATISFIED", "2019-03-04T10:00");
    event(r1, "CLOSED", "REPAIRED", "2019-03-04T10:05");
    sample(r1, "service-center-manager", false, "2019-03-04T10:05", null, null);
    sample(r1, "customer-supervisor", true, "2019-03-04T10:05", "SATISFIED", "2019-03-06T09:00");
    sample(
        r1, "engineering-supervisor", true, "2019-03-04T10:05", "UNSATISFIED", "2019-03-06T11:00");
    // R2: the technician arrived late (R-REP-2); first visit unsatisfied (reopened), second
    // satisfied, closed on 9 March: closed with a visit, not on time
    String r2 = order(a, "2019-03-05T08:00");
    event(r2, "DEADLINE_MISSED", "R-REP-2", "2019-03-05T08:15");
    event(r2, "RETURN_VISITED", "UNSATISFIED", "2019-03-07T10:00");
    event(r2, "RETURN_VISITED", "SATISFIED", "2019-03-09T10:00");
    event(r2, "CLOSED", "REPAIRED", "2019-03-09T10:05");
    // R3: the fix was overdue (R-REP-3), then the material cost was refused and the order closed
    // without a return visit
    String r3 = order(a, "2019-03-10T08:00");
    event(r3, "DEADLINE_MISSED", "R-REP-3", "2019-03-10T16:00");
    event(r3, "CLOSED", "CHARGE_REFUSED", "2019-03-11T09:00");
    // R4: requested on 20 March, still open
    order(a, "2019-03-20T09:00");
    // R5: requested in February, visited satisfied and closed half an hour into 1 March local time
    // (still 28 February in UTC); sampled by the repair lead, who visits only in April
    String r5 = order(a, "2019-02-25T09:00");
    event(r5, "RETURN_VISITED", "SATISFIED", "2019-03-01T00:30");
    event(r5, "CLOSED", "REPAIRED", "2019-03-01T00:30");
    sample(r5, "engineering-supervisor", true, "2019-03-01T00:30", "SATISFIED", "2019-04-02T10:00");
    // R6: requested in the last half hour of March, open
    order(a, "2019-03-31T23:30");
    // R7: requested half an hour into April local time (still 31 March in UTC): outside the month
    order(a, "2019-04-01T00:30");

    // R8 in b: visited satisfied and closed on 16 March; sampled by the customer-service
    // supervisor, visited basically satisfied
    String r8 = order(b, "2019-03-15T09:00");
    event(r8, "RETURN_VISITED", "SATISFIED", "2019-03-16T10:00");
    event(r8, "CLOSED", "REPAIRED", "2019-03-16T10:05");
    sample(
        r8,
        "customer-supervisor",
        true,
        "2019-03-16T10:05",
        "BASICALLY_SATISFIED",
        "2019-03-17T10:00");
  }

  private String order(String community, String requestedLocal) {
    String no = no(++seq);
    jdbc.update(
        "insert into repair_order (order_no, process_instance_id, channel, kind, facility_type, emergency,"
            + " community_code, building, description, requester_name, requester_phone, requested_at, recorded_by)"
            + " values (?, ?, 'PHONE', 'HOUSEHOLD', 'ORDINARY', false, ?, '1', '水龙头漏水', '测试', '13800000000', ?, 'seed')",
        no,
        "seed-" + run + "-" + seq,
        community,
        Timestamp.from(at(requestedLocal)));
    return no;
  }

  private void event(String orderNo, String type, String detail, String local) {
    jdbc.update(
        "insert into repair_event (order_no, event_type, detail, occurred_at) values (?, ?, ?, ?)",
        orderNo,
        type,
        detail,
        Timestamp.from(at(local)));
  }

  private void sample(
      String orderNo,
      String group,
      boolean chosen,
      String closedLocal,
      String satisfaction,
      String visitedLocal) {
    jdbc.update(
        "insert into repair_visit_sample (order_no, sampler_group, bucket, rate_percent, chosen, closed_at,"
            + " visited_by, satisfaction, visited_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        orderNo,
        group,
        chosen ? 0 : 99,
        50,
        chosen,
        Timestamp.from(at(closedLocal)),
        visitedLocal == null ? null : "seed",
        satisfaction,
        visitedLocal == null ? null : Timestamp.from(at(visitedLocal)));
  }
}
