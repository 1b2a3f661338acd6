package com.wuye.complaints.report;

import com.wuye.complaints.community.CommunityService;
import com.wuye.complaints.complaint.PhoneMentions;
import com.wuye.complaints.identity.Groups;
import com.wuye.complaints.support.ApiProblemException;
import com.wuye.complaints.support.CompanySettings;
import com.wuye.complaints.support.DecisionTables;
import com.wuye.complaints.support.EngineClock;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-KPI-2, R-LOOP 改进: what customer relations conclude about a month (its causes) and the
 * preventive actions 预防措施 they set, each with an owner group and a due date — given on the form, or
 * the lead time of decision {@code preventive-action-deadline}
 * (bpmn/preventive-action-deadline.dmn) after the analysis. An action stays open, and is overdue
 * after its due date, until its owner group (or customer relations) marks it done.
 */
@Service
@Transactional
class PreventiveActions {

  static final String DEADLINE_DECISION = "preventive-action-deadline";
  private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
  private static final String COLUMNS =
      "id, report_month, community, cause, action, owner_group, due_date, status";

  /** One action as the analyst wrote it on the form; blank fields are null. */
  record Draft(
      int slot, String cause, String action, String ownerGroup, String dueDate, String community) {}

  private final JdbcTemplate jdbc;
  private final DecisionTables decisions;
  private final CommunityService communities;
  private final EngineClock clock;
  private final ZoneId zone;

  PreventiveActions(
      JdbcTemplate jdbc,
      DecisionTables decisions,
      CommunityService communities,
      EngineClock clock,
      CompanySettings settings) {
    this.jdbc = jdbc;
    this.decisions = decisions;
    this.communities = communities;
    this.clock = clock;
    this.zone = settings.timeZone();
  }

  /**
   * Records the month's analysis and its actions; a bad field refuses all of it (400) and nothing
   * is written.
   */
  List<Long> record(String month, String causes, List<Draft> drafts, String analyst) {
    List<FieldError> errors = new ArrayList<>();
    if (causes == null || causes.isBlank()) {
      errors.add(
          FieldError.of(MonthlyAnalysisProcess.CAUSES, "invalid.report.causes-are-required"));
    } else if (PhoneMentions.in(causes)) {
      errors.add(noPhone(MonthlyAnalysisProcess.CAUSES));
    }
    LocalDate today = clock.now().atZone(zone).toLocalDate();
    List<Object[]> rows = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.action() == null) {
        if (d.cause() != null || d.ownerGroup() != null || d.dueDate() != null) {
          errors.add(
              FieldError.of(
                  MonthlyAnalysisProcess.field("Text", d.slot()),
                  "invalid.report.action-required"));
        }
        continue;
      }
      String cause = MonthlyAnalysisProcess.field("Cause", d.slot());
      if (d.cause() == null) {
        errors.add(FieldError.of(cause, "invalid.report.cause-required"));
      }
      for (String[] text :
          new String[][] {
            {cause, d.cause()}, {MonthlyAnalysisProcess.field("Text", d.slot()), d.action()}
          }) {
        if (PhoneMentions.in(text[1])) {
          errors.add(noPhone(text[0]));
        }
      }
      if (d.ownerGroup() == null
          || !Groups.ALL.containsKey(d.ownerGroup())
          || Groups.INTAKE_API.equals(d.ownerGroup())) {
        errors.add(
            FieldError.of(
                MonthlyAnalysisProcess.field("Owner", d.slot()),
                "invalid.report.choose-owner-group"));
      }
      String community = d.community() == null ? MonthlyReport.COMPANY : d.community();
      if (!MonthlyReport.COMPANY.equals(community) && !communities.exists(community)) {
        errors.add(
            FieldError.of(
                MonthlyAnalysisProcess.field("Community", d.slot()),
                "invalid.unknown-community-code",
                community));
      }
      LocalDate due = null;
      if (d.dueDate() != null) {
        try {
          due =
              LocalDate.parse(
                  d.dueDate().length() > 10 ? d.dueDate().substring(0, 10) : d.dueDate());
          if (due.isBefore(today)) {
            errors.add(
                FieldError.of(
                    MonthlyAnalysisProcess.field("Due", d.slot()),
                    "invalid.report.due-date-may-not-in-past"));
          }
        } catch (DateTimeParseException e) {
          errors.add(FieldError.of(MonthlyAnalysisProcess.field("Due", d.slot()), "invalid.date"));
        }
      } else if (d.ownerGroup() != null) {
        due = today.plus(leadTime(d.ownerGroup()));
      }
      rows.add(new Object[] {community, d.cause(), d.action(), d.ownerGroup(), due});
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Timestamp now = Timestamp.from(clock.now());
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "insert into monthly_analysis (report_month, causes, analysed_by, analysed_at) values (?, ?, ?, ?)");
          ps.setString(1, month);
          ps.setString(2, causes.strip());
          ps.setString(3, analyst);
          ps.setTimestamp(4, now, UTC);
          return ps;
        });
    List<Long> ids = new ArrayList<>();
    for (Object[] row : rows) {
      GeneratedKeyHolder key = new GeneratedKeyHolder();
      jdbc.update(
          con -> {
            var ps =
                con.prepareStatement(
                    "insert into preventive_action (report_month, community, cause, action, owner_group, due_date,"
                        + " status, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)",
                    new String[] {"id"});
            ps.setString(1, month);
            ps.setString(2, (String) row[0]);
            ps.setString(3, ((String) row[1]).strip());
            ps.setString(4, ((String) row[2]).strip());
            ps.setString(5, (String) row[3]);
            ps.setDate(6, Date.valueOf((LocalDate) row[4]));
            ps.setString(7, analyst);
            ps.setTimestamp(8, now, UTC);
            return ps;
          },
          key);
      ids.add(key.getKey().longValue());
    }
    return ids;
  }

  /** The lead time decision preventive-action-deadline gives an owner group (R-KPI-2). */
  Period leadTime(String ownerGroup) {
    return Period.parse(
        decisions.<String>output(DEADLINE_DECISION, Map.of("ownerGroup", ownerGroup), "dueWithin"));
  }

  /** Actions, open only or all, of every owner group or of the given ones; oldest due first. */
  @Transactional(readOnly = true)
  List<PreventiveAction> list(boolean openOnly, Collection<String> ownerGroups) {
    StringBuilder sql =
        new StringBuilder("select " + COLUMNS + " from preventive_action where 1 = 1");
    List<Object> args = new ArrayList<>();
    if (openOnly) {
      sql.append(" and status = 'OPEN'");
    }
    if (ownerGroups != null) {
      sql.append(" and owner_group in (")
          .append(String.join(",", ownerGroups.stream().map(g -> "?").toList()))
          .append(")");
      args.addAll(ownerGroups);
    }
    sql.append(" order by due_date, id");
    return jdbc.query(sql.toString(), (rs, i) -> view(rs), args.toArray());
  }

  @Transactional(readOnly = true)
  PreventiveAction get(long id) {
    List<PreventiveAction> found =
        jdbc.query(
            "select " + COLUMNS + " from preventive_action where id = ?", (rs, i) -> view(rs), id);
    if (found.isEmpty()) {
      throw ApiProblemException.notFound("report.no-preventive-action", id);
    }
    return found.get(0);
  }

  /**
   * Marks an open action done: its owner group or customer relations (else 403); done already 409.
   */
  PreventiveAction done(long id, String user, Collection<String> groups) {
    PreventiveAction action = get(id);
    if (!groups.contains(action.ownerGroup()) && !groups.contains(Groups.CUSTOMER_RELATIONS)) {
      throw ApiProblemException.forbidden("report.owner-marks-done");
    }
    int changed =
        jdbc.update(
            con -> {
              var ps =
                  con.prepareStatement(
                      "update preventive_action set status = 'DONE', done_by = ?, done_at = ? where id = ? and status = 'OPEN'");
              ps.setString(1, user);
              ps.setTimestamp(2, Timestamp.from(clock.now()), UTC);
              ps.setLong(3, id);
              return ps;
            });
    if (changed == 0) {
      throw ApiProblemException.conflict("report.preventive-action-already-done");
    }
    return get(id);
  }

  private PreventiveAction view(java.sql.ResultSet rs) throws java.sql.SQLException {
    LocalDate due = rs.getDate("due_date").toLocalDate();
    String status = rs.getString("status");
    LocalDate today = clock.now().atZone(zone).toLocalDate();
    return new PreventiveAction(
        rs.getLong("id"),
        rs.getString("report_month"),
        rs.getString("community"),
        rs.getString("cause"),
        rs.getString("action"),
        rs.getString("owner_group"),
        due,
        status,
        "OPEN".equals(status) && due.isBefore(today));
  }

  private static FieldError noPhone(String field) {
    return FieldError.of(field, "invalid.report.not-hold-phone-number-other-personal");
  }
}
