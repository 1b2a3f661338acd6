package com.wuye.complaints.report;

import com.wuye.complaints.customer.PersonalData;
import com.wuye.complaints.support.CompanySettings;
import com.wuye.complaints.support.EngineClock;
import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-KPI-1 the managers' dashboard (Cockpit plugin complaint-dashboard): what is open, late and
 * escalated now, and the complaints behind every number — by SQL over the domain tables (complaint,
 * complaint_event, community); only the open steps' due dates come from the engine's runtime task
 * table, where they live. The same scope as the figures (KpiService.Scope). docs/reports.md defines
 * each count.
 */
@Service
@Transactional(readOnly = true)
class DashboardService {

  /**
   * What a list of complaints is filtered by; docs/reports.md ("The dashboard") says which rows
   * each takes.
   */
  enum Filter {
    OPEN,
    BREACHED,
    OVERDUE,
    ESCALATED,
    RETURN_VISIT_BACKLOG,
    RECEIVED,
    CLOSED,
    CLOSED_LATE,
    CLOSED_UNVISITED,
    UNSATISFIED,
    REPEAT,
    RESPONSE_LATE,
    HANDLING_LATE,
    RETURN_VISIT_LATE;

    boolean needsPeriod() {
      return ordinal() >= RECEIVED.ordinal();
    }
  }

  /** The deadlines recorded as missed on a complaint. */
  enum Breach {
    RESPONSE,
    HANDLING,
    RETURN_VISIT,
    RECTIFICATION_NOTICE
  }

  record Criteria(
      Filter filter,
      LocalDate from,
      LocalDate to,
      String community,
      String severity,
      String step) {}

  record DashboardOpenCount(String community, String communityName, String severity, int count) {}

  record DashboardStepCount(String step, String stepName, int count) {}

  record DashboardSummary(
      Instant asOf,
      @Schema(
              description =
                  "今天（公司时区） today in the company's time zone: the dashboard's periods end here")
          LocalDate today,
      LocalDate weekFrom,
      List<DashboardOpenCount> openBySeverityAndCommunity,
      Map<String, Integer> breachedOpen,
      List<DashboardStepCount> overdueOpenByStep,
      int escalationsThisWeek,
      int returnVisitBacklog,
      int returnVisitBacklogOverdue) {}

  record DashboardComplaint(
      String complaintNo,
      String processInstanceId,
      String community,
      String communityName,
      String building,
      String unit,
      String room,
      String complainant,
      String category,
      String severity,
      String status,
      String handlerGroup,
      Instant receivedAt,
      Instant closedAt,
      double ageDays) {}

  record DashboardComplaints(int total, List<DashboardComplaint> complaints) {}

  /** The most rows one list answers; total says how many there are. */
  static final int LIMIT = 200;

  private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
  private static final String COMPLAINTS_ONLY =
      " and (c.verification_outcome is null or c.verification_outcome <> 'CONSULTATION')";
  private static final String OPEN = " and c.status <> 'CLOSED'";

  /**
   * Escalated: moved up the chain (R-ESC-1, R-ESC-4) or raised to HOT or MAJOR from an earlier
   * severity (R-ESC-2, R-SEV-UP).
   */
  private static final String ESCALATION_EVENT =
      "(e.event_type = 'ESCALATED' or (e.event_type = 'SEVERITY_CHANGED'"
          + " and e.detail not like 'null%' and (e.detail like '% -> HOT%' or e.detail like '% -> MAJOR%')))";

  private static final String LATE_STEPS =
      "(select count(*) from complaint_event e where e.complaint_id = c.id"
          + " and e.event_type in ('RECTIFICATION_NOTICE_OVERDUE', 'HANDLING_OVERDUE'))";

  private final JdbcTemplate jdbc;
  private final EngineClock clock;
  private final CompanySettings settings;
  private final RepositoryService repository;
  private final Map<String, String> stepNames = new ConcurrentHashMap<>();

  DashboardService(
      JdbcTemplate jdbc,
      EngineClock clock,
      CompanySettings settings,
      RepositoryService repository) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.settings = settings;
    this.repository = repository;
  }

  DashboardSummary summary(String community, KpiService.Scope scope) {
    Instant now = clock.now();
    LocalDate monday =
        LocalDate.ofInstant(now, settings.timeZone())
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    Where base = where(community, scope);

    List<DashboardOpenCount> open = new ArrayList<>();
    jdbc.query(
        "select c.community_code, m.name, coalesce(c.severity, '-') sev, count(*) n from complaint c"
            + " left join community m on m.code = c.community_code where 1 = 1"
            + OPEN
            + base.sql
            + " group by c.community_code, m.name, coalesce(c.severity, '-') order by c.community_code",
        base.setter(),
        (ResultSet rs) -> {
          open.add(
              new DashboardOpenCount(
                  rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
        });

    Map<String, Integer> breached = new LinkedHashMap<>();
    for (Breach breach : Breach.values()) {
      breached.put(
          camel(breach.name()),
          count(
              "select count(*) from complaint c where " + breachCondition(breach) + OPEN + base.sql,
              base));
    }

    Where overdueArgs = base.withFirst(new EngineTime(Timestamp.from(now)));
    List<DashboardStepCount> overdue = new ArrayList<>();
    jdbc.query(
        "select t.PROC_DEF_ID_, t.TASK_DEF_KEY_, count(*) from ACT_RU_TASK t join complaint c on c.process_instance_id = t.PROC_INST_ID_"
            + " where t.DUE_DATE_ < ?"
            + OPEN
            + base.sql
            + " group by t.PROC_DEF_ID_, t.TASK_DEF_KEY_",
        overdueArgs.setter(),
        (ResultSet rs) -> {
          String key = rs.getString(2);
          DashboardStepCount existing =
              overdue.stream().filter(s -> s.step().equals(key)).findFirst().orElse(null);
          if (existing != null) {
            overdue.set(
                overdue.indexOf(existing),
                new DashboardStepCount(key, existing.stepName(), existing.count() + rs.getInt(3)));
          } else {
            overdue.add(new DashboardStepCount(key, stepName(rs.getString(1), key), rs.getInt(3)));
          }
        });

    Instant weekStart = monday.atStartOfDay(settings.timeZone()).toInstant();
    int escalations =
        count(
            "select count(*) from complaint c where exists (select 1 from complaint_event e where e.complaint_id = c.id and "
                + ESCALATION_EVENT
                + " and e.occurred_at >= ?)"
                + base.sql,
            base.withInstantFirst(weekStart));
    int backlog =
        count(
            "select count(*) from complaint c where c.status = 'AWAITING_RETURN_VISIT'" + base.sql,
            base);
    int backlogLate =
        count(
            "select count(*) from complaint c where c.status = 'AWAITING_RETURN_VISIT'"
                + " and c.return_visit_overdue_at is not null"
                + base.sql,
            base);
    return new DashboardSummary(
        now,
        LocalDate.ofInstant(now, settings.timeZone()),
        monday,
        open,
        breached,
        overdue,
        escalations,
        backlog,
        backlogLate);
  }

  DashboardComplaints list(Criteria criteria, KpiService.Scope scope) {
    Instant now = clock.now();
    Where base = where(criteria.community(), scope);
    if (criteria.severity() != null) {
      base = base.and(" and c.severity = ?", criteria.severity());
    }
    Timestamp start =
        criteria.from() == null
            ? null
            : Timestamp.from(criteria.from().atStartOfDay(settings.timeZone()).toInstant());
    Timestamp end =
        criteria.to() == null
            ? null
            : Timestamp.from(
                criteria.to().plusDays(1).atStartOfDay(settings.timeZone()).toInstant());
    String condition;
    List<Object> leading = new ArrayList<>();
    switch (criteria.filter()) {
      case OPEN -> condition = "1 = 1" + OPEN;
      case BREACHED -> condition = breachCondition(Breach.valueOf(snake(criteria.step()))) + OPEN;
      case OVERDUE -> {
        condition =
            "exists (select 1 from ACT_RU_TASK t where t.PROC_INST_ID_ = c.process_instance_id and t.DUE_DATE_ < ?"
                + (criteria.step() == null ? "" : " and t.TASK_DEF_KEY_ = ?")
                + ")"
                + OPEN;
        leading.add(new EngineTime(Timestamp.from(now)));
        if (criteria.step() != null) {
          leading.add(criteria.step());
        }
      }
      case ESCALATED -> {
        Instant weekStart =
            LocalDate.ofInstant(now, settings.timeZone())
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(settings.timeZone())
                .toInstant();
        condition =
            "exists (select 1 from complaint_event e where e.complaint_id = c.id and "
                + ESCALATION_EVENT
                + " and e.occurred_at >= ?)";
        leading.add(Timestamp.from(weekStart));
      }
      case RETURN_VISIT_BACKLOG -> condition = "c.status = 'AWAITING_RETURN_VISIT'";
      case RECEIVED -> condition = period("c.received_at", start, end, leading);
      case REPEAT ->
          condition =
              period("c.received_at", start, end, leading)
                  + " and (c.repeat_of is not null or c.reopen_count > 0)";
      case RESPONSE_LATE ->
          condition =
              period("c.received_at", start, end, leading)
                  + " and c.response_overdue_at is not null";
      case HANDLING_LATE ->
          condition =
              period("c.received_at", start, end, leading)
                  + " and "
                  + breachCondition(Breach.HANDLING);
      case RETURN_VISIT_LATE ->
          condition =
              period("c.received_at", start, end, leading)
                  + " and c.return_visit_overdue_at is not null";
      case CLOSED ->
          condition = "c.status = 'CLOSED' and " + period("c.closed_at", start, end, leading);
      case CLOSED_LATE ->
          condition =
              "c.status = 'CLOSED' and "
                  + period("c.closed_at", start, end, leading)
                  + " and (c.response_overdue_at is not null or c.return_visit_overdue_at is not null or "
                  + LATE_STEPS
                  + " > 0)";
      case CLOSED_UNVISITED ->
          condition =
              "c.status = 'CLOSED' and "
                  + period("c.closed_at", start, end, leading)
                  + " and c.visited_at is null";
      case UNSATISFIED -> {
        condition =
            "exists (select 1 from complaint_event e where e.complaint_id = c.id and e.event_type = 'RETURN_VISITED'"
                + " and e.occurred_at >= ? and e.occurred_at < ? and e.detail not like 'SATISFIED%' and e.detail not like 'BASICALLY_SATISFIED%')";
        leading.add(start);
        leading.add(end);
      }
      default -> throw new IllegalArgumentException(criteria.filter().name());
    }
    Where where = base;
    for (int i = leading.size() - 1; i >= 0; i--) {
      where = where.withFirst(leading.get(i));
    }
    String from =
        " from complaint c left join community m on m.code = c.community_code where "
            + condition
            + base.sql;
    int total = count("select count(*)" + from, where);
    List<DashboardComplaint> lines = new ArrayList<>();
    jdbc.query(
        "select c.complaint_no, c.process_instance_id, c.community_code, m.name, c.building, c.unit, c.room,"
            + " c.complainant_name, c.category, c.severity, c.status, c.handler_group, c.received_at, c.closed_at"
            + from
            + " order by c.received_at desc, c.id desc",
        where.setter(),
        (ResultSet rs) -> {
          if (lines.size() >= LIMIT) {
            return;
          }
          Instant received = instant(rs, "received_at");
          Instant closed = instant(rs, "closed_at");
          double age =
              Math.round(
                      Duration.between(received, closed != null ? closed : now).toMinutes() / 144.0)
                  / 10.0;
          lines.add(
              new DashboardComplaint(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7),
                  PersonalData.maskName(rs.getString(8)),
                  rs.getString(9),
                  rs.getString(10),
                  rs.getString(11),
                  rs.getString(12),
                  received,
                  closed,
                  Math.max(0, age)));
        });
    return new DashboardComplaints(total, lines);
  }

  private static String period(String column, Timestamp start, Timestamp end, List<Object> args) {
    args.add(start);
    args.add(end);
    return column + " >= ? and " + column + " < ?";
  }

  private static String breachCondition(Breach breach) {
    return switch (breach) {
      case RESPONSE -> "c.response_overdue_at is not null";
      case RETURN_VISIT -> "c.return_visit_overdue_at is not null";
      case HANDLING ->
          "exists (select 1 from complaint_event e where e.complaint_id = c.id and e.event_type = 'HANDLING_OVERDUE')";
      case RECTIFICATION_NOTICE ->
          "exists (select 1 from complaint_event e where e.complaint_id = c.id and e.event_type = 'RECTIFICATION_NOTICE_OVERDUE')";
    };
  }

  /**
   * The step's name in its model (e.g. "Handle complaint 处理投诉"); the key when the model has none.
   */
  private String stepName(String processDefinitionId, String key) {
    return stepNames.computeIfAbsent(
        processDefinitionId + "#" + key,
        k -> {
          FlowElement element =
              repository.getBpmnModelInstance(processDefinitionId).getModelElementById(key);
          return element == null || element.getName() == null ? key : element.getName();
        });
  }

  private int count(String sql, Where where) {
    Integer n = jdbc.query(sql, where.setter(), rs -> rs.next() ? rs.getInt(1) : 0);
    return n == null ? 0 : n;
  }

  private static Where where(String community, KpiService.Scope scope) {
    Where where = new Where(COMPLAINTS_ONLY, List.of());
    if (community != null) {
      where = where.and(" and c.community_code = ?", community);
    }
    if (!scope.companyWide()) {
      String marks = String.join(",", scope.groups().stream().map(g -> "?").toList());
      List<Object> args = new ArrayList<>(where.args);
      args.addAll(scope.groups());
      args.addAll(scope.groups());
      where =
          new Where(
              where.sql
                  + " and (c.handler_group in ("
                  + marks
                  + ") or c.supervisor_group in ("
                  + marks
                  + "))",
              args);
    }
    if (scope.communities() != null) {
      // issue 16: a community's supervisor or project manager sees only their communities'
      // complaints
      if (scope.communities().isEmpty()) {
        where = new Where(where.sql + " and 1 = 0", where.args);
      } else {
        List<Object> args = new ArrayList<>(where.args);
        args.addAll(scope.communities());
        where =
            new Where(
                where.sql
                    + " and c.community_code in ("
                    + String.join(",", scope.communities().stream().map(c -> "?").toList())
                    + ")",
                args);
      }
    }
    return where;
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column, UTC);
    return ts == null ? null : ts.toInstant();
  }

  static String camel(String constant) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char ch : constant.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if (ch == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(ch) : ch);
        upper = false;
      }
    }
    return out.toString();
  }

  static String snake(String camel) {
    return camel == null
        ? ""
        : camel.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
  }

  /** A moment compared with an engine column (ACT_RU_TASK.DUE_DATE_). */
  private record EngineTime(Timestamp at) {}

  /**
   * A where-clause tail and its arguments, in order; timestamps are bound in UTC as hibernate
   * writes them.
   */
  private record Where(String sql, List<Object> args) {
    Where and(String clause, Object arg) {
      List<Object> more = new ArrayList<>(args);
      more.add(arg);
      return new Where(sql + clause, more);
    }

    Where withFirst(Object arg) {
      List<Object> more = new ArrayList<>();
      more.add(arg);
      more.addAll(args);
      return new Where(sql, more);
    }

    Where withInstantFirst(Instant instant) {
      return withFirst(Timestamp.from(instant));
    }

    org.springframework.jdbc.core.PreparedStatementSetter setter() {
      return (PreparedStatement ps) -> {
        for (int i = 0; i < args.size(); i++) {
          Object arg = args.get(i);
          if (arg instanceof EngineTime engineTime) {
            ps.setTimestamp(
                i + 1, engineTime.at()); // the engine writes its dates in the JVM's zone
          } else if (arg instanceof Timestamp ts) {
            ps.setTimestamp(i + 1, ts, UTC);
          } else {
            ps.setString(i + 1, (String) arg);
          }
        }
      };
    }
  }
}
