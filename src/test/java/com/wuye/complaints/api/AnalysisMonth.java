package com.wuye.complaints.api;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
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

  static final ZoneId ZONE = ComplaintRows.ZONE;

  final YearMonth month =
      YearMonth.of(
          1995 + ThreadLocalRandom.current().nextInt(20),
          1 + ThreadLocalRandom.current().nextInt(12));
  final String a;
  final String b;
  private final ComplaintRows rows;
  private final String run = UUID.randomUUID().toString().substring(0, 6);
  private int seq;
  String repeatA3;
  String hotA4;
  String majorA5;
  String hotB1;

  AnalysisMonth(JdbcTemplate jdbc) {
    this.rows = new ComplaintRows(jdbc);
    this.a = "ana" + run;
    this.b = "anb" + run;
  }

  /** The moment {@code day} at {@code time} (HH:mm) of the month, company time zone. */
  Instant at(int day, String time) {
    return ComplaintRows.local(month.atDay(day) + "T" + time);
  }

  /** 02:00 on the first day of the next month: when the job runs for this month. */
  Instant jobTime() {
    return ComplaintRows.local(month.plusMonths(1).atDay(1) + "T02:00");
  }

  void seed() {
    rows.community(a, "分析甲小区", 100);
    rows.community(b, "分析乙小区", 50);
    // A1: cleaning, building 1, GENERAL, valid, visited satisfied, closed on time
    complaint(a, "1", "CLEANING", "GENERAL", "CLOSED", at(2, "09:00"))
        .set("verification_outcome", "VALID")
        .visited("SATISFIED", at(5, "10:00"), "ana")
        .closed(at(5, "10:00"));
    // A2: cleaning, building 1, GENERAL, valid, response overdue, visited basically satisfied,
    // closed (not on time)
    complaint(a, "1", "CLEANING", "GENERAL", "CLOSED", at(3, "09:00"))
        .set("verification_outcome", "VALID")
        .set("response_overdue_at", at(4, "09:00"))
        .visited("BASICALLY_SATISFIED", at(8, "10:00"), "ana")
        .closed(at(8, "10:00"));
    // A3: noise, building 2, IMPORTANT, a repeat reopened once: visited unsatisfied, then satisfied
    // and closed
    repeatA3 =
        complaint(a, "2", "NOISE", "IMPORTANT", "CLOSED", at(4, "09:00"))
            .set("verification_outcome", "VALID")
            .set("repeat_of", "TS-19000101-0001")
            .set("reopen_count", 1)
            .visited("UNSATISFIED", at(10, "10:00"), "ana")
            .visited("SATISFIED", at(15, "10:00"), "ana")
            .closed(at(15, "10:00"))
            .no;
    // A4: parking, building 2, HOT, not yet verified, open
    hotA4 = complaint(a, "2", "PARKING", "HOT", "IN_HANDLING", at(10, "09:00")).no;
    // A5: noise, building 1, MAJOR, valid, open
    majorA5 =
        complaint(a, "1", "NOISE", "MAJOR", "IN_HANDLING", at(12, "09:00"))
            .set("verification_outcome", "VALID")
            .no;
    // A6: a consultation closed at verification: not a complaint, in no figure
    complaint(a, "1", "CLEANING", "GENERAL", "CLOSED", at(13, "09:00"))
        .set("verification_outcome", "CONSULTATION")
        .closed(at(13, "10:00"));
    // A7: half an hour into the next month (company time; still this month in UTC): outside the
    // month
    complaint(
        a,
        "1",
        "CLEANING",
        "GENERAL",
        "AWAITING_VERIFICATION",
        ComplaintRows.local(month.plusMonths(1).atDay(1) + "T00:30"));
    // A8: cleaning, building 3, GENERAL, unfounded, visited satisfied, closed
    complaint(a, "3", "CLEANING", "GENERAL", "CLOSED", at(20, "09:00"))
        .set("verification_outcome", "UNFOUNDED")
        .visited("SATISFIED", at(22, "10:00"), "ana")
        .closed(at(22, "10:00"));

    // B1: repair, building 5, HOT, valid, visited satisfied, closed
    hotB1 =
        complaint(b, "5", "REPAIR", "HOT", "CLOSED", at(5, "09:00"))
            .set("verification_outcome", "VALID")
            .visited("SATISFIED", at(9, "10:00"), "ana")
            .closed(at(9, "10:00"))
            .no;
    // B2: repair, building 5, GENERAL, awaiting verification
    complaint(b, "5", "REPAIR", "GENERAL", "AWAITING_VERIFICATION", at(25, "09:00"));
  }

  /**
   * An open GENERAL complaint of community A numbered as the API expects (TS-19000101-NNNNNN),
   * received now.
   */
  String openComplaint() {
    String no = String.format("TS-19000101-%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    rows.insert(
            no,
            a,
            new ComplaintRows.Subject("CLEANING", "1", "分析测试"),
            "GENERAL",
            "IN_HANDLING",
            Instant.now())
        .set("verification_outcome", "VALID");
    return no;
  }

  private ComplaintRows.Row complaint(
      String community,
      String building,
      String category,
      String severity,
      String status,
      Instant received) {
    return rows.insert(
        "A" + run + "-" + (++seq),
        community,
        new ComplaintRows.Subject(category, building, "分析测试"),
        severity,
        status,
        received);
  }
}
