package com.wuye.complaints.api;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * R-KPI-2 a month of complaints in two communities of their own, written straight into the domain
 * tables with known categories, buildings, severities, causes, handler groups and outcomes, for
 * MonthlyAnalysisScenario to check every figure of the stored monthly report against. The month is
 * picked at random between 1995 and 2014 and the community codes are new on every run, so the
 * figures do not depend on what else the database holds.
 */
final class AnalysisMonth {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

  final YearMonth month =
      YearMonth.of(
          1995 + ThreadLocalRandom.current().nextInt(20),
          1 + ThreadLocalRandom.current().nextInt(12));
  final String a;
  final String b;
  private final JdbcTemplate jdbc;
  private final String run = UUID.randomUUID().toString().substring(0, 6);
  private int seq;
  String repeatA3;
  String hotA4;
  String majorA5;
  String hotB1;

  AnalysisMonth(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.a = "ana" + run;
    this.b = "anb" + run;
  }

  /** The moment {@code day} at {@code time} (HH:mm) of the month, company time zone. */
  Instant at(int day, String time) {
    return LocalDateTime.parse(month.atDay(day) + "T" + time).atZone(ZONE).toInstant();
  }

  /** 02:00 on the first day of the next month: when the job runs for this month. */
  Instant jobTime() {
    return LocalDateTime.parse(month.plusMonths(1).atDay(1) + "T02:00").atZone(ZONE).toInstant();
  }

  void seed() {
    community(a, "分析甲小区", 100);
    community(b, "分析乙小区", 50);
    // A1: cleaning, building 1, GENERAL, valid, visited satisfied, closed on time
    long a1 =
        complaint(
            a,
            "1",
            "CLEANING",
            "GENERAL",
            "CLOSED",
            "VALID",
            "property-officer",
            "customer-supervisor",
            at(2, "09:00"));
    visit(a1, "SATISFIED", at(5, "10:00"));
    set(a1, "closed_at", at(5, "10:00"));
    // A2: cleaning, building 1, GENERAL, valid, response overdue, visited basically satisfied,
    // closed (not on time)
    long a2 =
        complaint(
            a,
            "1",
            "CLEANING",
            "GENERAL",
            "CLOSED",
            "VALID",
            "property-officer",
            "customer-supervisor",
            at(3, "09:00"));
    set(a2, "response_overdue_at", at(4, "09:00"));
    visit(a2, "BASICALLY_SATISFIED", at(8, "10:00"));
    set(a2, "closed_at", at(8, "10:00"));
    // A3: noise, building 2, IMPORTANT, a repeat reopened once: visited unsatisfied, then satisfied
    // and closed
    long a3 =
        complaint(
            a,
            "2",
            "NOISE",
            "IMPORTANT",
            "CLOSED",
            "VALID",
            "project-manager",
            "customer-supervisor",
            at(4, "09:00"));
    jdbc.update(
        "update complaint set repeat_of = 'TS-19000101-0001', reopen_count = 1 where id = ?", a3);
    visit(a3, "UNSATISFIED", at(10, "10:00"));
    visit(a3, "SATISFIED", at(15, "10:00"));
    set(a3, "closed_at", at(15, "10:00"));
    repeatA3 = no(a3);
    // A4: parking, building 2, HOT, not yet verified, open
    hotA4 =
        no(
            complaint(
                a,
                "2",
                "PARKING",
                "HOT",
                "IN_HANDLING",
                null,
                "gm-assistant",
                "general-affairs-manager",
                at(10, "09:00")));
    // A5: noise, building 1, MAJOR, valid, open
    majorA5 =
        no(
            complaint(
                a,
                "1",
                "NOISE",
                "MAJOR",
                "IN_HANDLING",
                "VALID",
                "general-manager",
                "general-affairs-manager",
                at(12, "09:00")));
    // A6: a consultation closed at verification: not a complaint, in no figure
    long a6 =
        complaint(
            a,
            "1",
            "CLEANING",
            "GENERAL",
            "CLOSED",
            "CONSULTATION",
            "property-officer",
            "customer-supervisor",
            at(13, "09:00"));
    set(a6, "closed_at", at(13, "10:00"));
    // A7: half an hour into the next month (company time; still this month in UTC): outside the
    // month
    complaint(
        a,
        "1",
        "CLEANING",
        "GENERAL",
        "AWAITING_VERIFICATION",
        null,
        "property-officer",
        "customer-supervisor",
        LocalDateTime.parse(month.plusMonths(1).atDay(1) + "T00:30").atZone(ZONE).toInstant());
    // A8: cleaning, building 3, GENERAL, unfounded, visited satisfied, closed
    long a8 =
        complaint(
            a,
            "3",
            "CLEANING",
            "GENERAL",
            "CLOSED",
            "UNFOUNDED",
            "property-officer",
            "customer-supervisor",
            at(20, "09:00"));
    visit(a8, "SATISFIED", at(22, "10:00"));
    set(a8, "closed_at", at(22, "10:00"));

    // B1: repair, building 5, HOT, valid, visited satisfied, closed
    long b1 =
        complaint(
            b,
            "5",
            "REPAIR",
            "HOT",
            "CLOSED",
            "VALID",
            "gm-assistant",
            "general-affairs-manager",
            at(5, "09:00"));
    visit(b1, "SATISFIED", at(9, "10:00"));
    set(b1, "closed_at", at(9, "10:00"));
    hotB1 = no(b1);
    // B2: repair, building 5, GENERAL, awaiting verification
    complaint(
        b,
        "5",
        "REPAIR",
        "GENERAL",
        "AWAITING_VERIFICATION",
        null,
        "property-officer",
        "customer-supervisor",
        at(25, "09:00"));
  }

  /**
   * An open GENERAL complaint of community A numbered as the API expects (TS-19000101-NNNNNN),
   * received now.
   */
  String openComplaint() {
    long id =
        complaint(
            a,
            "1",
            "CLEANING",
            "GENERAL",
            "IN_HANDLING",
            "VALID",
            "property-officer",
            "customer-supervisor",
            Instant.now());
    String no = String.format("TS-19000101-%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    jdbc.update("update complaint set complaint_no = ? where id = ?", no, id);
    return no;
  }

  private String no(long id) {
    return jdbc.queryForObject("select complaint_no from complaint where id = ?", String.class, id);
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
      String building,
      String category,
      String severity,
      String status,
      String outcome,
      String handler,
      String supervisor,
      Instant receivedAt) {
    String no = "A" + run + "-" + (++seq);
    Timestamp received = Timestamp.from(receivedAt);
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "insert into complaint (version, complaint_no, channel, category, complainant_name,"
                      + " complainant_phone, community_code, building, description, collective_size, in_litigation, media_exposed,"
                      + " litigation_or_media_risk, needs_other_departments, severity, status, handler_group, supervisor_group,"
                      + " received_at, made_at, reopen_count, problem_found, verification_outcome)"
                      + " values (0, ?, 'PHONE', ?, '测试业主', '13900000000', ?, ?, '分析测试', 1, false, false, false, false,"
                      + " ?, ?, ?, ?, ?, ?, 0, false, ?)");
          ps.setString(1, no);
          ps.setString(2, category);
          ps.setString(3, community);
          ps.setString(4, building);
          ps.setString(5, severity);
          ps.setString(6, status);
          ps.setString(7, handler);
          ps.setString(8, supervisor);
          ps.setTimestamp(9, received, UTC);
          ps.setTimestamp(10, received, UTC);
          ps.setString(11, outcome);
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

  private void visit(long id, String satisfaction, Instant at) {
    set(id, "visited_at", at);
    jdbc.update("update complaint set satisfaction = ? where id = ?", satisfaction, id);
    jdbc.update(
        "insert into complaint_event (complaint_id, event_type, actor, detail, occurred_at) values (?, 'RETURN_VISITED', 'ana', ?, ?)",
        ps -> {
          ps.setLong(1, id);
          ps.setString(2, satisfaction + ": 回访");
          ps.setTimestamp(3, Timestamp.from(at), UTC);
        });
  }
}
