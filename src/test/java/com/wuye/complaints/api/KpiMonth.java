package com.wuye.complaints.api;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.TimeZone;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * R-KPI-1 a month (March 2019, company time zone Asia/Shanghai) of complaints in two communities of
 * their own, written straight into the domain tables with known outcomes; docs/reports.md defines
 * the figures IntakeApiScenario#kpiFiguresMatchTheRows expects. Community codes are new on every
 * run, so the figures do not depend on what else the database holds.
 */
final class KpiMonth {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

  final String a;
  final String b;
  private final JdbcTemplate jdbc;
  private final String run = UUID.randomUUID().toString().substring(0, 6);
  private int seq;

  KpiMonth(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.a = "kpia" + run;
    this.b = "kpib" + run;
  }

  static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
  }

  /** The number of the n-th complaint seeded (A1..A7 are 1..7, B1..B3 8..10). */
  String no(int n) {
    return "K" + run + "-" + n;
  }

  void seed() {
    community(a, "指标甲小区", 200);
    community(b, "指标乙小区", 100);

    // A1: received in the first half hour of 1 March local time (28 Feb in UTC), contacted after 2
    // h, visited satisfied, closed on time
    long a1 =
        complaint(
            a, "GENERAL", "CLOSED", "property-officer", "customer-supervisor", "2019-03-01T00:30");
    set(a1, "first_contact_at", at("2019-03-01T02:30"));
    visit(a1, "SATISFIED", "2019-03-05T10:00");
    close(a1, "2019-03-05T10:00");
    // A2: contacted after 30 h (response overdue), visited basically satisfied, closed: not on time
    long a2 =
        complaint(
            a, "GENERAL", "CLOSED", "property-officer", "customer-supervisor", "2019-03-02T09:00");
    set(a2, "first_contact_at", at("2019-03-03T15:00"));
    set(a2, "response_overdue_at", at("2019-03-03T09:00"));
    visit(a2, "BASICALLY_SATISFIED", "2019-03-10T10:00");
    close(a2, "2019-03-10T10:00");
    // A3: a repeat complaint, contacted after 4 h, visit unsatisfied (reopened), visited late, then
    // satisfied and closed
    long a3 =
        complaint(
            a, "IMPORTANT", "CLOSED", "project-manager", "customer-supervisor", "2019-03-03T08:00");
    jdbc.update(
        "update complaint set repeat_of = 'TS-20190201-0001', reopen_count = 1 where id = ?", a3);
    set(a3, "first_contact_at", at("2019-03-03T12:00"));
    visit(a3, "UNSATISFIED", "2019-03-12T10:00");
    set(a3, "return_visit_overdue_at", at("2019-03-19T10:00"));
    visit(a3, "SATISFIED", "2019-03-20T10:00");
    close(a3, "2019-03-20T10:00");
    // A4: HOT, still open, never contacted (response overdue)
    long a4 =
        complaint(
            a, "HOT", "IN_HANDLING", "gm-assistant", "general-affairs-manager", "2019-03-10T09:00");
    set(a4, "response_overdue_at", at("2019-03-11T09:00"));
    // A5: a consultation closed at verification: not a complaint, in no figure
    long a5 =
        complaint(
            a, "GENERAL", "CLOSED", "property-officer", "customer-supervisor", "2019-03-11T09:00");
    jdbc.update("update complaint set verification_outcome = 'CONSULTATION' where id = ?", a5);
    close(a5, "2019-03-11T10:00");
    // A6: MAJOR, still open, contacted after 10 h
    long a6 =
        complaint(
            a,
            "MAJOR",
            "IN_HANDLING",
            "general-manager",
            "general-affairs-manager",
            "2019-03-15T08:00");
    set(a6, "first_contact_at", at("2019-03-15T18:00"));
    // A7: received half an hour into April local time (still 31 March in UTC): outside the month
    complaint(
        a,
        "GENERAL",
        "AWAITING_VERIFICATION",
        "property-officer",
        "customer-supervisor",
        "2019-04-01T00:30");

    // B1: contacted after 6 h, handled after its due date (HANDLING_OVERDUE), closed without a
    // return visit
    long b1 =
        complaint(
            b, "GENERAL", "CLOSED", "property-officer", "customer-supervisor", "2019-03-05T09:00");
    set(b1, "first_contact_at", at("2019-03-05T15:00"));
    event(b1, "HANDLING_OVERDUE", "due 2019-03-08T01:00:00Z", "2019-03-09T10:00");
    close(b1, "2019-03-15T10:00");
    // B2: open, awaiting verification, not yet contacted
    complaint(
        b,
        "GENERAL",
        "AWAITING_VERIFICATION",
        "property-officer",
        "customer-supervisor",
        "2019-03-28T09:00");
    // B3: received in February, visited satisfied and closed on 2 March, but its rectification
    // notice was late
    long b3 =
        complaint(
            b, "GENERAL", "CLOSED", "property-officer", "customer-supervisor", "2019-02-20T09:00");
    set(b3, "first_contact_at", at("2019-02-20T10:00"));
    event(b3, "RECTIFICATION_NOTICE_OVERDUE", null, "2019-02-27T10:00");
    visit(b3, "SATISFIED", "2019-03-02T10:00");
    close(b3, "2019-03-02T10:00");
  }

  private void community(String code, String name, int households) {
    jdbc.update(
        "insert into community (code, name, households, active) values (?, ?, ?, true)",
        code,
        name,
        households);
  }

  private long complaint(
      String community,
      String severity,
      String status,
      String handler,
      String supervisor,
      String receivedLocal) {
    String no = "K" + run + "-" + (++seq);
    Timestamp received = Timestamp.from(at(receivedLocal));
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "insert into complaint (version, complaint_no, channel, category, complainant_name,"
                      + " complainant_phone, community_code, building, description, collective_size, in_litigation, media_exposed,"
                      + " litigation_or_media_risk, needs_other_departments, severity, status, handler_group, supervisor_group,"
                      + " received_at, made_at, reopen_count, problem_found)"
                      + " values (0, ?, 'PHONE', 'CLEANING', '测试业主', '13900000000', ?, '1', '指标测试', 1, false, false, false, false,"
                      + " ?, ?, ?, ?, ?, ?, 0, false)");
          ps.setString(1, no);
          ps.setString(2, community);
          ps.setString(3, severity);
          ps.setString(4, status);
          ps.setString(5, handler);
          ps.setString(6, supervisor);
          ps.setTimestamp(7, received, UTC);
          ps.setTimestamp(8, received, UTC);
          return ps;
        });
    return jdbc.queryForObject("select id from complaint where complaint_no = ?", Long.class, no);
  }

  private void set(long id, String column, Instant value) {
    jdbc.update(
        "update complaint set " + column + " = ? where id = ?",
        ps -> {
          ps.setTimestamp(1, Timestamp.from(value), UTC);
          ps.setLong(2, id);
        });
  }

  private void visit(long id, String satisfaction, String local) {
    set(id, "visited_at", at(local));
    jdbc.update("update complaint set satisfaction = ? where id = ?", satisfaction, id);
    event(id, "RETURN_VISITED", satisfaction + ": 回访", local);
  }

  private void close(long id, String local) {
    set(id, "closed_at", at(local));
  }

  private void event(long id, String type, String detail, String local) {
    jdbc.update(
        "insert into complaint_event (complaint_id, event_type, actor, detail, occurred_at) values (?, ?, 'kpi', ?, ?)",
        ps -> {
          ps.setLong(1, id);
          ps.setString(2, type);
          ps.setString(3, detail);
          ps.setTimestamp(4, Timestamp.from(at(local)), UTC);
        });
  }
}
