package com.wuye.complaints.api;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Complaint rows written straight into the domain tables, as the reports read them
 * (docs/reports.md): how the month fixtures and the report scenarios get complaints with a known
 * history without driving the process. The complainant is always 测试业主, 13900000000 (what a report
 * must never show); the handler and supervisor groups are those complaint-responsibility gives the
 * severity (R-RESP); times are written in UTC.
 */
final class ComplaintRows {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
  private static final Map<String, List<String>> GROUPS =
      Map.of(
          "GENERAL", List.of("property-officer", "customer-supervisor"),
          "IMPORTANT", List.of("project-manager", "customer-supervisor"),
          "HOT", List.of("gm-assistant", "general-affairs-manager"),
          "MAJOR", List.of("general-manager", "general-affairs-manager"));

  private final JdbcTemplate jdbc;

  ComplaintRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A local date-time ({@code 2019-03-01T00:30}) of the company's time zone. */
  static Instant local(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
  }

  void community(String code, String name, int households) {
    jdbc.update(
        "insert into community (code, name, households, active) values (?, ?, ?, true)",
        code,
        name,
        households);
  }

  /** What a complaint is about: its category, building and description. */
  record Subject(String category, String building, String description) {}

  /** Complaint {@code no} of the community, received at {@code received}, by phone. */
  Row insert(
      String no,
      String community,
      Subject subject,
      String severity,
      String status,
      Instant received) {
    Timestamp at = Timestamp.from(received);
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "insert into complaint (version, complaint_no, channel, category, complainant_name,"
                      + " complainant_phone, community_code, building, description, collective_size, in_litigation, media_exposed,"
                      + " litigation_or_media_risk, needs_other_departments, severity, status, handler_group, supervisor_group,"
                      + " received_at, made_at, reopen_count, problem_found)"
                      + " values (0, ?, 'PHONE', ?, '测试业主', '13900000000', ?, ?, ?, 1, false, false, false, false,"
                      + " ?, ?, ?, ?, ?, ?, 0, false)");
          ps.setString(1, no);
          ps.setString(2, subject.category());
          ps.setString(3, community);
          ps.setString(4, subject.building());
          ps.setString(5, subject.description());
          ps.setString(6, severity);
          ps.setString(7, status);
          ps.setString(8, GROUPS.get(severity).get(0));
          ps.setString(9, GROUPS.get(severity).get(1));
          ps.setTimestamp(10, at, UTC);
          ps.setTimestamp(11, at, UTC);
          return ps;
        });
    return new Row(
        jdbc.queryForObject("select id from complaint where complaint_no = ?", Long.class, no), no);
  }

  /** A complaint row written; each change is written at once. */
  final class Row {

    final long id;
    final String no;

    private Row(long id, String no) {
      this.id = id;
      this.no = no;
    }

    /** A column set to a value; an Instant is written as a UTC timestamp. */
    Row set(String column, Object value) {
      jdbc.update(
          "update complaint set " + column + " = ? where id = ?",
          ps -> {
            if (value instanceof Instant instant) {
              ps.setTimestamp(1, Timestamp.from(instant), UTC);
            } else {
              ps.setObject(1, value);
            }
            ps.setLong(2, id);
          });
      return this;
    }

    /** A return visit with this satisfaction, on the timeline too. */
    Row visited(String satisfaction, Instant at, String actor) {
      set("visited_at", at);
      set("satisfaction", satisfaction);
      return event("RETURN_VISITED", actor, satisfaction + ": 回访", at);
    }

    Row closed(Instant at) {
      return set("closed_at", at);
    }

    /** A timeline entry. */
    Row event(String type, String actor, String detail, Instant at) {
      jdbc.update(
          "insert into complaint_event (complaint_id, event_type, actor, detail, occurred_at) values (?, ?, ?, ?, ?)",
          ps -> {
            ps.setTimestamp(5, Timestamp.from(at), UTC);
            ps.setLong(1, id);
            ps.setString(2, type);
            ps.setString(3, actor);
            ps.setString(4, detail);
          });
      return this;
    }
  }
}
