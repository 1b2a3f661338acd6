package com.wuye.complaints.report;

import com.wuye.complaints.support.CompanySettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-KPI-1 the figures the company steers by, read from the domain tables (complaint,
 * complaint_event, community) by SQL — never from engine history. docs/reports.md defines every
 * figure and its denominator; the targets come from the decision kpi-targets.
 */
@Service
@Transactional(readOnly = true)
class KpiService {

  /** What a breakdown groups by. */
  enum By {
    MONTH,
    COMMUNITY,
    BUILDING,
    CATEGORY,
    SEVERITY,
    HANDLER_GROUP,
    CAUSE
  }

  /**
   * Whose complaints: all (company), or those the given groups handle or supervise — and, for
   * community staff, only in their communities (issue 16: {@code communities} null means every
   * one).
   */
  record Scope(Collection<String> groups, Collection<String> communities) {
    static final Scope COMPANY = new Scope(null, null);

    Scope(Collection<String> groups) {
      this(groups, null);
    }

    boolean companyWide() {
      return groups == null;
    }
  }

  private static final Calendar UTC =
      Calendar.getInstance(TimeZone.getTimeZone("UTC")); // as hibernate.jdbc.time_zone writes
  private static final List<String> SEVERITIES = List.of("MAJOR", "HOT", "IMPORTANT", "GENERAL");
  private static final String COLUMNS =
      "c.community_code, c.building, c.category, c.severity, c.handler_group, c.verification_outcome";

  /**
   * Consultations and suggestions (咨询/建议) closed at verification are not complaints
   * (docs/reports.md).
   */
  /**
   * R-KPI-1 handling steps completed after their due date (HANDLING_OVERDUE, written by
   * handling.RecordHandlingListener).
   */
  private static final String LATE_HANDLING =
      "(select count(*) from complaint_event e where e.complaint_id = c.id and e.event_type = 'HANDLING_OVERDUE')";

  private static final String COMPLAINTS_ONLY =
      " and (c.verification_outcome is null or c.verification_outcome <> 'CONSULTATION')";

  private final JdbcTemplate jdbc;
  private final KpiTargets targets;
  private final ZoneId zone;

  KpiService(JdbcTemplate jdbc, KpiTargets targets, CompanySettings settings) {
    this.jdbc = jdbc;
    this.targets = targets;
    this.zone = settings.timeZone();
  }

  /**
   * The figures of the days from..to (inclusive, company time zone) for the scope and, if given,
   * one community.
   */
  KpiFigures figures(LocalDate from, LocalDate to, String community, Scope scope) {
    Map<String, Tally> one = tally(from, to, community, scope, row -> "");
    Tally tally = one.getOrDefault("", new Tally());
    Integer households = scope.companyWide() ? households(community) : null;
    return tally.figures(households, targets.forCommunity(community));
  }

  /** The same figures per month, community, building, category, severity or handler group. */
  Map<String, KpiFigures> breakdown(
      By by, LocalDate from, LocalDate to, String community, Scope scope) {
    Function<Row, String> key =
        switch (by) {
          case MONTH -> row -> YearMonth.from(row.at().atZone(zone)).toString();
          case COMMUNITY -> Row::community;
          case BUILDING -> row -> row.community() + "/" + row.building();
          case CATEGORY -> Row::category;
          case SEVERITY -> Row::severity;
          case HANDLER_GROUP -> Row::handlerGroup;
          // R-KPI-2 the monthly analysis: what verification found (UNVERIFIED while not yet
          // verified)
          case CAUSE -> row -> row.cause() == null ? "UNVERIFIED" : row.cause();
        };
    Map<String, Tally> tallies = tally(from, to, community, scope, key);
    Map<String, Integer> householdsOf =
        !scope.companyWide()
            ? Map.of()
            : by == By.COMMUNITY
                ? allHouseholds(false)
                : by == By.BUILDING ? buildingHouseholds() : Map.of();
    Map<String, KpiFigures> result = new LinkedHashMap<>();
    tallies.forEach(
        (group, tally) ->
            result.put(
                group,
                tally.figures(
                    householdsOf.get(group),
                    targets.forCommunity(by == By.COMMUNITY ? group : community))));
    return result;
  }

  private Map<String, Tally> tally(
      LocalDate from, LocalDate to, String community, Scope scope, Function<Row, String> key) {
    Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
    Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
    List<Object> filterArgs = new ArrayList<>();
    StringBuilder filter = new StringBuilder(COMPLAINTS_ONLY);
    if (community != null) {
      filter.append(" and c.community_code = ?");
      filterArgs.add(community);
    }
    if (!scope.companyWide()) {
      String marks = String.join(",", scope.groups().stream().map(g -> "?").toList());
      filter
          .append(" and (c.handler_group in (")
          .append(marks)
          .append(") or c.supervisor_group in (")
          .append(marks)
          .append("))");
      filterArgs.addAll(scope.groups());
      filterArgs.addAll(scope.groups());
    }
    if (scope.communities() != null) {
      if (scope.communities().isEmpty()) {
        filter.append(" and 1 = 0");
      } else {
        filter
            .append(" and c.community_code in (")
            .append(String.join(",", scope.communities().stream().map(c -> "?").toList()))
            .append(')');
        filterArgs.addAll(scope.communities());
      }
    }
    Map<String, Tally> tallies = new TreeMap<>();
    Function<Row, String> groupOf =
        row -> {
          String group = key.apply(row);
          return group == null ? "-" : group;
        };

    // received in the period
    query(
        "select "
            + COLUMNS
            + ", c.received_at, c.made_at, c.first_contact_at, c.status, c.repeat_of, c.reopen_count,"
            + " c.response_overdue_at, c.return_visit_overdue_at, "
            + LATE_HANDLING
            + " late_handling"
            + " from complaint c where c.received_at >= ? and c.received_at < ?"
            + filter,
        start,
        end,
        filterArgs,
        rs -> {
          Row row = row(rs, "received_at");
          Tally t = tallies.computeIfAbsent(groupOf.apply(row), k -> new Tally());
          t.received++;
          Instant made = instant(rs, "made_at");
          Instant contact = instant(rs, "first_contact_at");
          if (contact != null) {
            t.responded++;
            t.responseSeconds += Math.max(0, Duration.between(made, contact).getSeconds());
          }
          if (rs.getString("repeat_of") != null || rs.getInt("reopen_count") > 0) {
            t.repeats++;
          }
          if (!"CLOSED".equals(rs.getString("status")) && row.severity() != null) {
            t.openBySeverity.merge(row.severity(), 1, Integer::sum);
          }
          if (instant(rs, "response_overdue_at") != null) {
            t.responseOverdue++;
          }
          if (instant(rs, "return_visit_overdue_at") != null) {
            t.returnVisitOverdue++;
          }
          if (rs.getLong("late_handling") > 0) {
            t.handlingOverdue++;
          }
        });

    // closed in the period
    query(
        "select "
            + COLUMNS
            + ", c.closed_at, c.visited_at, c.response_overdue_at, c.return_visit_overdue_at,"
            + " (select count(*) from complaint_event e where e.complaint_id = c.id"
            + " and e.event_type in ('RECTIFICATION_NOTICE_OVERDUE', 'HANDLING_OVERDUE')) late_steps"
            + " from complaint c where c.status = 'CLOSED' and c.closed_at >= ? and c.closed_at < ?"
            + filter,
        start,
        end,
        filterArgs,
        rs -> {
          Row row = row(rs, "closed_at");
          Tally t = tallies.computeIfAbsent(groupOf.apply(row), k -> new Tally());
          t.closed++;
          if (instant(rs, "visited_at") != null) {
            t.closedVisited++;
          }
          if (instant(rs, "response_overdue_at") == null
              && instant(rs, "return_visit_overdue_at") == null
              && rs.getLong("late_steps") == 0) {
            t.closedOnTime++;
          }
        });

    // return visits made in the period (each visit counts, also one that reopened the complaint)
    query(
        "select "
            + COLUMNS
            + ", e.occurred_at, e.detail from complaint_event e join complaint c on c.id = e.complaint_id"
            + " where e.event_type = 'RETURN_VISITED' and e.occurred_at >= ? and e.occurred_at < ?"
            + filter,
        start,
        end,
        filterArgs,
        rs -> {
          Row row = row(rs, "occurred_at");
          Tally t = tallies.computeIfAbsent(groupOf.apply(row), k -> new Tally());
          t.visits++;
          String detail = rs.getString("detail");
          if (detail != null
              && (detail.startsWith("SATISFIED") || detail.startsWith("BASICALLY_SATISFIED"))) {
            t.satisfiedVisits++;
          }
        });
    return tallies;
  }

  private interface RowHandler {
    void handle(ResultSet rs) throws SQLException;
  }

  private void query(
      String sql, Timestamp start, Timestamp end, List<Object> filterArgs, RowHandler handler) {
    jdbc.query(
        sql,
        ps -> {
          ps.setTimestamp(1, start, UTC);
          ps.setTimestamp(2, end, UTC);
          for (int i = 0; i < filterArgs.size(); i++) {
            ps.setString(i + 3, (String) filterArgs.get(i));
          }
        },
        (ResultSet rs) -> {
          handler.handle(rs);
        });
  }

  private static Row row(ResultSet rs, String atColumn) throws SQLException {
    return new Row(
        rs.getString("community_code"),
        rs.getString("building"),
        rs.getString("category"),
        rs.getString("severity"),
        rs.getString("handler_group"),
        rs.getString("verification_outcome"),
        instant(rs, atColumn));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column, UTC);
    return ts == null ? null : ts.toInstant();
  }

  /**
   * Households of one community, or of all active ones: the customer register's households where
   * the register has any for the community, the admin-kept count (community.households) where it
   * has none.
   */
  private Integer households(String community) {
    Map<String, Integer> all = allHouseholds(community == null);
    if (community != null) {
      return all.get(community);
    }
    return all.isEmpty() || all.values().stream().allMatch(java.util.Objects::isNull)
        ? null
        : all.values().stream()
            .filter(java.util.Objects::nonNull)
            .mapToInt(Integer::intValue)
            .sum();
  }

  private Map<String, Integer> allHouseholds(boolean activeOnly) {
    Map<String, Integer> households = new HashMap<>();
    jdbc.query(
        "select c.code, c.households, (select count(*) from household h join dwelling d on d.id = h.dwelling_id"
            + " join building b on b.id = d.building_id where b.community_code = c.code) registered from community c"
            + (activeOnly ? " where c.active = true" : ""),
        rs -> {
          long registered = rs.getLong("registered");
          households.put(
              rs.getString("code"),
              registered > 0
                  ? Integer.valueOf((int) registered)
                  : rs.getObject("households", Integer.class));
        });
    return households;
  }

  /** Households per building (key community/building) as the customer register counts them. */
  private Map<String, Integer> buildingHouseholds() {
    Map<String, Integer> households = new HashMap<>();
    jdbc.query(
        "select b.community_code, b.name, count(h.id) from building b join dwelling d on d.building_id = b.id"
            + " join household h on h.dwelling_id = d.id group by b.community_code, b.name",
        rs -> {
          households.put(rs.getString(1) + "/" + rs.getString(2), rs.getInt(3));
        });
    return households;
  }

  /** The grouping columns of one complaint and the moment that puts it in a month. */
  private record Row(
      String community,
      String building,
      String category,
      String severity,
      String handlerGroup,
      String cause,
      Instant at) {}

  /** Counts of one group, turned into figures at the end. */
  private static final class Tally {
    int received;
    int responded;
    long responseSeconds;
    int repeats;
    int responseOverdue;
    int returnVisitOverdue;
    int handlingOverdue;
    final Map<String, Integer> openBySeverity = new LinkedHashMap<>();
    int closed;
    int closedVisited;
    int closedOnTime;
    int visits;
    int satisfiedVisits;

    KpiFigures figures(Integer households, Map<String, KpiTargets.Target> targets) {
      Map<String, Integer> open = new LinkedHashMap<>();
      SEVERITIES.forEach(s -> open.put(s, openBySeverity.getOrDefault(s, 0)));
      Double satisfaction = rate(satisfiedVisits, visits);
      Double onTime = rate(closedOnTime, closed);
      Double returnVisits = rate(closedVisited, closed);
      Double complaintRate =
          households == null || households == 0 ? null : rate(received, households);
      Double firstResponse =
          responded == 0 ? null : Math.round(responseSeconds / 360.0 / responded) / 10.0;
      Map<String, Double> figures =
          Map.of(
              "satisfactionRate",
              nz(satisfaction),
              "handledOnTimeRate",
              nz(onTime),
              "returnVisitRate",
              nz(returnVisits),
              "complaintRate",
              nz(complaintRate),
              "averageFirstResponseHours",
              nz(firstResponse));
      Map<String, KpiFigures.TargetView> targetViews = new LinkedHashMap<>();
      targets.forEach(
          (kpi, target) -> {
            Double figure = figures.get(kpi);
            targetViews.put(
                kpi,
                new KpiFigures.TargetView(
                    target.comparison(),
                    target.target(),
                    figure == null || figure.isNaN() ? null : target.met(figure)));
          });
      return new KpiFigures(
          received,
          closed,
          visits,
          satisfaction,
          onTime,
          returnVisits,
          households,
          complaintRate,
          firstResponse,
          rate(repeats, received),
          open,
          new KpiFigures.Overdue(responseOverdue, handlingOverdue, returnVisitOverdue),
          targetViews);
    }

    private static Double nz(Double d) {
      return d == null ? Double.NaN : d;
    }

    private static Double rate(long part, long whole) {
      return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }
  }
}
