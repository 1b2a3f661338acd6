package com.wuye.complaints.api;

import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * R-KPI-1 a month (March 2019, company time zone Asia/Shanghai) of complaints in two communities of
 * their own, written straight into the domain tables with known outcomes; docs/reports.md defines
 * the figures IntakeApiScenario#kpiFiguresMatchTheRows expects. Community codes are new on every
 * run, so the figures do not depend on what else the database holds.
 */
final class KpiMonth {

  private static final ComplaintRows.Subject CLEANING =
      new ComplaintRows.Subject("CLEANING", "1", "指标测试");

  final String a;
  final String b;
  private final ComplaintRows rows;
  private final String run = UUID.randomUUID().toString().substring(0, 6);
  private int seq;

  KpiMonth(JdbcTemplate jdbc) {
    this.rows = new ComplaintRows(jdbc);
    this.a = "kpia" + run;
    this.b = "kpib" + run;
  }

  static Instant at(String localDateTime) {
    return ComplaintRows.local(localDateTime);
  }

  /** The number of the n-th complaint seeded (A1..A7 are 1..7, B1..B3 8..10). */
  String no(int n) {
    return "K" + run + "-" + n;
  }

  void seed() {
    rows.community(a, "指标甲小区", 200);
    rows.community(b, "指标乙小区", 100);

    // A1: received in the first half hour of 1 March local time (28 Feb in UTC), contacted after 2
    // h, visited satisfied, closed on time
    complaint(a, "GENERAL", "CLOSED", "2019-03-01T00:30")
        .set("first_contact_at", at("2019-03-01T02:30"))
        .visited("SATISFIED", at("2019-03-05T10:00"), "kpi")
        .closed(at("2019-03-05T10:00"));
    // A2: contacted after 30 h (response overdue), visited basically satisfied, closed: not on time
    complaint(a, "GENERAL", "CLOSED", "2019-03-02T09:00")
        .set("first_contact_at", at("2019-03-03T15:00"))
        .set("response_overdue_at", at("2019-03-03T09:00"))
        .visited("BASICALLY_SATISFIED", at("2019-03-10T10:00"), "kpi")
        .closed(at("2019-03-10T10:00"));
    // A3: a repeat complaint, contacted after 4 h, visit unsatisfied (reopened), visited late, then
    // satisfied and closed
    complaint(a, "IMPORTANT", "CLOSED", "2019-03-03T08:00")
        .set("repeat_of", "TS-20190201-0001")
        .set("reopen_count", 1)
        .set("first_contact_at", at("2019-03-03T12:00"))
        .visited("UNSATISFIED", at("2019-03-12T10:00"), "kpi")
        .set("return_visit_overdue_at", at("2019-03-19T10:00"))
        .visited("SATISFIED", at("2019-03-20T10:00"), "kpi")
        .closed(at("2019-03-20T10:00"));
    // A4: HOT, still open, never contacted (response overdue)
    complaint(a, "HOT", "IN_HANDLING", "2019-03-10T09:00")
        .set("response_overdue_at", at("2019-03-11T09:00"));
    // A5: a consultation closed at verification: not a complaint, in no figure
    complaint(a, "GENERAL", "CLOSED", "2019-03-11T09:00")
        .set("verification_outcome", "CONSULTATION")
        .closed(at("2019-03-11T10:00"));
    // A6: MAJOR, still open, contacted after 10 h
    complaint(a, "MAJOR", "IN_HANDLING", "2019-03-15T08:00")
        .set("first_contact_at", at("2019-03-15T18:00"));
    // A7: received half an hour into April local time (still 31 March in UTC): outside the month
    complaint(a, "GENERAL", "AWAITING_VERIFICATION", "2019-04-01T00:30");

    // B1: contacted after 6 h, handled after its due date (HANDLING_OVERDUE), closed without a
    // return visit
    complaint(b, "GENERAL", "CLOSED", "2019-03-05T09:00")
        .set("first_contact_at", at("2019-03-05T15:00"))
        .event("HANDLING_OVERDUE", "kpi", "due 2019-03-08T01:00:00Z", at("2019-03-09T10:00"))
        .closed(at("2019-03-15T10:00"));
    // B2: open, awaiting verification, not yet contacted
    complaint(b, "GENERAL", "AWAITING_VERIFICATION", "2019-03-28T09:00");
    // B3: received in February, visited satisfied and closed on 2 March, but its rectification
    // notice was late
    complaint(b, "GENERAL", "CLOSED", "2019-02-20T09:00")
        .set("first_contact_at", at("2019-02-20T10:00"))
        .event("RECTIFICATION_NOTICE_OVERDUE", "kpi", null, at("2019-02-27T10:00"))
        .visited("SATISFIED", at("2019-03-02T10:00"), "kpi")
        .closed(at("2019-03-02T10:00"));
  }

  /** The next complaint of the month: cleaning, building 1. */
  private ComplaintRows.Row complaint(
      String community, String severity, String status, String receivedLocal) {
    return rows.insert(no(++seq), community, CLEANING, severity, status, at(receivedLocal));
  }
}
