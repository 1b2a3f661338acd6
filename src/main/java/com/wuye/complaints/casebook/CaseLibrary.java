package com.wuye.complaints.casebook;

import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintClosed;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.complaint.ComplaintStatus;
import com.wuye.complaints.complaint.PhoneMentions;
import com.wuye.complaints.complaint.Severity;
import com.wuye.complaints.support.ApiProblemException;
import com.wuye.complaints.support.EngineClock;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import com.wuye.complaints.support.SystemWork;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-KPI-2 the case library 案例库. When a MAJOR complaint closes, or a complaint a supervisor marked
 * case-worthy (before or after it closed), customer relations get "write up the case" (process
 * case-write-up, once per complaint: table complaint_case, unique per complaint). The write-up's
 * text may hold neither a phone number nor the complainant's name (R-CUST-5). Cases are searched by
 * category, community and text.
 */
@Service
@Transactional
class CaseLibrary {

  private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
  private static final String COLUMNS =
      "id, complaint_no, category, community_code, title, cause, handling, lessons, written_at";

  /**
   * What marking a complaint did: MARKED (written up when it closes) or REQUESTED (closed: the task
   * is open now).
   */
  record Marked(String complaintNo, String status) {}

  private final JdbcTemplate jdbc;
  private final ComplaintService complaints;
  private final RuntimeService runtime;
  private final EngineClock clock;

  CaseLibrary(
      JdbcTemplate jdbc, ComplaintService complaints, RuntimeService runtime, EngineClock clock) {
    this.jdbc = jdbc;
    this.complaints = complaints;
    this.runtime = runtime;
    this.clock = clock;
  }

  /** R-KPI-2 a MAJOR complaint, or a marked one, closed: the case is to be written up. */
  @EventListener
  void onClosed(ComplaintClosed closed) {
    String status = statusOf(closed.complaintId());
    if (status == null && closed.severity() == Severity.MAJOR) {
      insert(complaints.get(closed.complaintId()), "MAJOR", "REQUESTED", null);
      start(closed.complaintId(), closed.complaintNo());
    } else if ("MARKED".equals(status)) {
      jdbc.update(
          con -> {
            var ps =
                con.prepareStatement(
                    "update complaint_case set status = 'REQUESTED', requested_at = ? where complaint_id = ?");
            ps.setTimestamp(1, Timestamp.from(clock.now()), UTC);
            ps.setLong(2, closed.complaintId());
            return ps;
          });
      start(closed.complaintId(), closed.complaintNo());
    }
  }

  /**
   * A supervisor marks a complaint case-worthy: written up when it closes, or now if it has (409 if
   * it is a case already).
   */
  Marked mark(String complaintNo, String supervisor) {
    Complaint complaint =
        complaints
            .findByNumber(complaintNo)
            .orElseThrow(
                () -> ApiProblemException.notFound("complaint.no-complaint-numbered", complaintNo));
    if (statusOf(complaint.getId()) != null) {
      throw ApiProblemException.conflict("casebook.complaint-already-in-case-library");
    }
    boolean closed = complaint.getStatus() == ComplaintStatus.CLOSED;
    insert(complaint, "MARKED", closed ? "REQUESTED" : "MARKED", supervisor);
    if (closed) {
      start(complaint.getId(), complaintNo);
    }
    return new Marked(complaintNo, closed ? "REQUESTED" : "MARKED");
  }

  /**
   * UserTask_WriteUpCase completed: the case's text, refused (400) if it holds a phone number or
   * the complainant's name.
   */
  void write(long complaintId, Map<String, String> text, String writer) {
    Complaint complaint = complaints.get(complaintId);
    List<FieldError> errors = new ArrayList<>();
    text.forEach(
        (field, value) -> {
          if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "invalid.casebook.required"));
          } else if (PhoneMentions.in(value) || mentions(value, complaint.getComplainantName())) {
            errors.add(FieldError.of(field, "invalid.casebook.case-not-hold-complainant-s-name"));
          }
        });
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "update complaint_case set status = 'WRITTEN', title = ?, cause = ?, handling = ?, lessons = ?,"
                      + " written_by = ?, written_at = ? where complaint_id = ?");
          ps.setString(1, text.get(CaseWriteUpProcess.TITLE).strip());
          ps.setString(2, text.get(CaseWriteUpProcess.CAUSE).strip());
          ps.setString(3, text.get(CaseWriteUpProcess.HANDLING).strip());
          ps.setString(4, text.get(CaseWriteUpProcess.LESSONS).strip());
          ps.setString(5, writer);
          ps.setTimestamp(6, Timestamp.from(clock.now()), UTC);
          ps.setLong(7, complaintId);
          return ps;
        });
  }

  /**
   * Written cases, newest first (at most 200), by category, community and words in the text; for
   * the given groups' complaints, or all (null).
   */
  @Transactional(readOnly = true)
  List<ComplaintCase> search(
      String category, String community, String words, Collection<String> groups) {
    StringBuilder sql =
        new StringBuilder("select " + COLUMNS + " from complaint_case where status = 'WRITTEN'");
    List<Object> args = new ArrayList<>();
    if (category != null) {
      sql.append(" and category = ?");
      args.add(category);
    }
    if (community != null) {
      sql.append(" and community_code = ?");
      args.add(community);
    }
    if (words != null) {
      String like =
          "%"
              + words
                  .toLowerCase(Locale.ROOT)
                  .replace("!", "!!")
                  .replace("%", "!%")
                  .replace("_", "!_")
              + "%";
      sql.append(
          " and (lower(title) like ? escape '!' or lower(cause) like ? escape '!' or lower(handling) like ? escape '!'"
              + " or lower(lessons) like ? escape '!')");
      for (int i = 0; i < 4; i++) {
        args.add(like);
      }
    }
    scope(sql, args, groups);
    sql.append(" order by written_at desc, id desc");
    List<ComplaintCase> found = jdbc.query(sql.toString(), (rs, i) -> view(rs), args.toArray());
    return found.size() > 200 ? found.subList(0, 200) : found;
  }

  @Transactional(readOnly = true)
  ComplaintCase get(long id, Collection<String> groups) {
    StringBuilder sql =
        new StringBuilder(
            "select " + COLUMNS + " from complaint_case where status = 'WRITTEN' and id = ?");
    List<Object> args = new ArrayList<>(List.of(id));
    scope(sql, args, groups);
    List<ComplaintCase> found = jdbc.query(sql.toString(), (rs, i) -> view(rs), args.toArray());
    if (found.isEmpty()) {
      throw ApiProblemException.notFound("casebook.no-case", id);
    }
    return found.get(0);
  }

  private static void scope(StringBuilder sql, List<Object> args, Collection<String> groups) {
    if (groups != null) {
      String marks = String.join(",", groups.stream().map(g -> "?").toList());
      sql.append(" and (handler_group in (")
          .append(marks)
          .append(") or supervisor_group in (")
          .append(marks)
          .append("))");
      args.addAll(groups);
      args.addAll(groups);
    }
  }

  private String statusOf(long complaintId) {
    return jdbc.query(
        "select status from complaint_case where complaint_id = ?",
        rs -> rs.next() ? rs.getString(1) : null,
        complaintId);
  }

  private void insert(Complaint complaint, String reason, String status, String markedBy) {
    Timestamp now = Timestamp.from(clock.now());
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "insert into complaint_case (complaint_id, complaint_no, category, community_code, handler_group,"
                      + " supervisor_group, reason, status, marked_by, marked_at, requested_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
          ps.setLong(1, complaint.getId());
          ps.setString(2, complaint.getComplaintNo());
          ps.setString(3, complaint.getCategory().name());
          ps.setString(4, complaint.getCommunityCode());
          ps.setString(5, complaint.getHandlerGroup());
          ps.setString(6, complaint.getSupervisorGroup());
          ps.setString(7, reason);
          ps.setString(8, status);
          ps.setString(9, markedBy);
          ps.setTimestamp(10, markedBy == null ? null : now, UTC);
          ps.setTimestamp(11, "REQUESTED".equals(status) ? now : null, UTC);
          return ps;
        });
  }

  /**
   * The write-up task for customer relations; the process itself does this, whoever's step closed
   * the complaint.
   */
  private void start(long complaintId, String complaintNo) {
    SystemWork.run(
        () ->
            runtime.startProcessInstanceByKey(
                CaseWriteUpProcess.KEY,
                complaintNo,
                Variables.createVariables()
                    .putValue(CaseWriteUpProcess.COMPLAINT_ID, complaintId)
                    .putValue(CaseWriteUpProcess.COMPLAINT_NO, complaintNo)));
  }

  private static boolean mentions(String text, String name) {
    return name != null && name.strip().length() >= 2 && text.contains(name.strip());
  }

  private static ComplaintCase view(ResultSet rs) throws SQLException {
    Timestamp written = rs.getTimestamp("written_at", UTC);
    Instant at = written == null ? null : written.toInstant();
    return new ComplaintCase(
        rs.getLong("id"),
        rs.getString("complaint_no"),
        rs.getString("category"),
        rs.getString("community_code"),
        rs.getString("title"),
        rs.getString("cause"),
        rs.getString("handling"),
        rs.getString("lessons"),
        at);
  }
}
