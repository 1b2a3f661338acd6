package com.wuye.complaints.report;

import com.wuye.complaints.support.CompanySettings;
import jakarta.annotation.PreDestroy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

  /**
   * R-KPI-1 handling steps completed after their due date (HANDLING_OVERDUE, written by
   * handling.RecordHandlingListener).
   */
  private static final String LATE_HANDLING =
      "select x.complaint_id from complaint_event x where x.event_type = 'HANDLING_OVERDUE'";

  /** Steps that missed their deadline: a closed complaint with one was not handled on time. */
  private static final String LATE_STEPS =
      "select x.complaint_id from complaint_event x"
          + " where x.event_type in ('RECTIFICATION_NOTICE_OVERDUE', 'HANDLING_OVERDUE')";

  /**
   * Consultations and suggestions (咨询/建议) closed at verification are not complaints
   * (docs/reports.md).
   */
  private static final String COMPLAINTS_ONLY =
      " and (c.verification_outcome is null or c.verification_outcome <> 'CONSULTATION')";

  private final JdbcTemplate jdbc;
  private final KpiTargets targets;
  private final ZoneId zone;

  /**
   * Counts a request's return visits, repairs and households beside its complaints
   * (docs/benchmarks.md, the KPI API).
   */
  private final ExecutorService parallel =
      Executors.newFixedThreadPool(
          4,
          work -> {
            Thread thread = new Thread(work, "kpi-counts");
            thread.setDaemon(true);
            return thread;
          });

  KpiService(JdbcTemplate jdbc, KpiTargets targets, CompanySettings settings) {
    this.jdbc = jdbc;
    this.targets = targets;
    this.zone = settings.timeZone();
  }

  @PreDestroy
  void stop() {
    parallel.shutdownNow();
  }

  /**
   * The figures of the days from..to (inclusive, company time zone) for the scope and, if given,
   * one community.
   */
  KpiFigures figures(LocalDate from, LocalDate to, String community, Scope scope) {
    Map<String, KpiTargets.Target> goals = targets.forCommunity(community);
    // the repairs and the households are counted on other connections while this one counts the
    // complaints
    Future<KpiFigures.Repairs> repairs =
        parallel.submit(() -> repairs(from, to, community, scope, goals));
    Future<Integer> households =
        parallel.submit(() -> scope.companyWide() ? households(community) : null);
    Map<String, Tally> one = tally(from, to, community, scope, null);
    Tally tally = one.getOrDefault(ALL, new Tally());
    return tally.figures(join(households), goals, join(repairs));
  }

  /** The result of work done on another connection, its failure as this thread's. */
  private static <T> T join(Future<T> work) {
    try {
      return work.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException(e.getCause());
    }
  }

  /** The same figures per month, community, building, category, severity or handler group. */
  Map<String, KpiFigures> breakdown(
      By by, LocalDate from, LocalDate to, String community, Scope scope) {
    // the households on another connection while this one counts the complaints
    Future<Map<String, Integer>> households =
        parallel.submit(
            () ->
                !scope.companyWide()
                    ? Map.of()
                    : by == By.COMMUNITY
                        ? allHouseholds(false)
                        : by == By.BUILDING ? buildingHouseholds() : Map.of());
    Map<String, Tally> tallies = tally(from, to, community, scope, by);
    Map<String, Integer> householdsOf = join(households);
    // one decision per community, not one per group
    Map<String, Map<String, KpiTargets.Target>> goals = new HashMap<>();
    Map<String, KpiFigures> result = new LinkedHashMap<>();
    tallies.forEach(
        (group, tally) -> {
          String of = by == By.COMMUNITY ? group : community;
          result.put(
              group,
              tally.figures(
                  householdsOf.get(group),
                  goals.computeIfAbsent(of == null ? "" : of, key -> targets.forCommunity(of)),
                  null));
        });
    return result;
  }

  /** The group of the figures when nothing is broken down. */
  private static final String ALL = "all";

  /**
   * The SQL expression that puts a row in its group ({@code at} is the moment that places it in a
   * month) and the arguments it binds. Grouping happens in the database: a year of 100,000
   * complaints is counted there, not streamed to the application (docs/benchmarks.md).
   */
  private record Grouping(String expression, List<Timestamp> args) {
    /** One group for every row (no breakdown, or a period within one month). */
    boolean none() {
      return expression.startsWith("'");
    }
  }

  private Grouping grouping(By by, String at, LocalDate from, LocalDate to) {
    if (by == null) {
      return new Grouping("'" + ALL + "'", List.of());
    }
    return switch (by) {
      case MONTH -> monthOf(at, from, to);
      case COMMUNITY -> new Grouping("c.community_code", List.of());
      case BUILDING ->
          new Grouping("concat(c.community_code, '/', coalesce(c.building, '-'))", List.of());
      case CATEGORY -> new Grouping("c.category", List.of());
      case SEVERITY -> new Grouping("c.severity", List.of());
      case HANDLER_GROUP -> new Grouping("c.handler_group", List.of());
      // R-KPI-2 the monthly analysis: what verification found (UNVERIFIED while not yet verified)
      case CAUSE -> new Grouping("coalesce(c.verification_outcome, 'UNVERIFIED')", List.of());
    };
  }

  /** The month (company time zone) of {@code at}, as a CASE over the months' first instants. */
  private Grouping monthOf(String at, LocalDate from, LocalDate to) {
    YearMonth last = YearMonth.from(to);
    if (!YearMonth.from(from).isBefore(last)) {
      return new Grouping("'" + last + "'", List.of());
    }
    StringBuilder sql = new StringBuilder("case");
    List<Timestamp> args = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); m.isBefore(last); m = m.plusMonths(1)) {
      sql.append(" when ").append(at).append(" < ? then '").append(m).append('\'');
      args.add(Timestamp.from(m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()));
    }
    sql.append(" else '").append(last).append("' end");
    return new Grouping(sql.toString(), args);
  }

  private Map<String, Tally> tally(
      LocalDate from, LocalDate to, String community, Scope scope, By by) {
    Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
    Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
    List<String> filterArgs = new ArrayList<>();
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

    // return visits made in the period (each visit counts, also one that reopened the complaint),
    // counted on a second connection while this one counts the complaints
    String where = filter.toString();
    Map<String, int[]> visits = new HashMap<>();
    Future<?> visitsCounted =
        parallel.submit(
            () ->
                query(
                    grouping(by, "e.occurred_at", from, to),
                    "count(*) visits, sum(case when e.detail like 'SATISFIED%'"
                        + " or e.detail like 'BASICALLY_SATISFIED%' then 1 else 0 end) satisfied"
                        + " from complaint_event e join complaint c on c.id = e.complaint_id"
                        + " where e.event_type = 'RETURN_VISITED' and e.occurred_at >= ?"
                        + " and e.occurred_at < ?"
                        + where,
                    start,
                    end,
                    filterArgs,
                    (group, rs) ->
                        visits.put(
                            group, new int[] {rs.getInt("visits"), rs.getInt("satisfied")})));

    // received in the period and closed in the period: one pass over the complaints. The database
    // counts them per group (kr by the received moment, kc by the closed one: they differ only by
    // month) and per combination of the facts the figures ask about; the figures are summed here.
    // (Flags grouped rather than one CASE per figure and row: a third less time on MariaDB.)
    Grouping byReceived = grouping(by, "c.received_at", from, to);
    Grouping byClosed = grouping(by, "c.closed_at", from, to);
    String sql =
        "select "
            + byReceived.expression()
            + " kr, "
            + byClosed.expression()
            + " kc,"
            + " c.received_at >= ? and c.received_at < ? r,"
            + " c.status = 'CLOSED' and c.closed_at >= ? and c.closed_at < ? cl,"
            + " c.severity sev, c.status = 'CLOSED' closed_now,"
            + " c.first_contact_at is not null contacted,"
            + " c.repeat_of is not null or c.reopen_count > 0 repeated,"
            + " c.response_overdue_at is not null response_late,"
            + " c.return_visit_overdue_at is not null visit_late,"
            + " c.visited_at is not null visited,"
            + " c.id in ("
            + LATE_HANDLING
            + ") handling_late,"
            + " c.id in ("
            + LATE_STEPS
            + ") step_late,"
            + " count(*) n,"
            + " sum(case when c.first_contact_at > c.made_at"
            + " then timestampdiff(SECOND, c.made_at, c.first_contact_at) else 0 end) response_seconds"
            + " from complaint c where ((c.received_at >= ? and c.received_at < ?)"
            + " or (c.status = 'CLOSED' and c.closed_at >= ? and c.closed_at < ?))"
            + filter
            + " group by kr, kc, r, cl, sev, closed_now, contacted, repeated, response_late,"
            + " visit_late, visited, handling_late, step_late";
    jdbc.query(
        sql,
        ps -> {
          int i = 0;
          for (Timestamp ts : byReceived.args()) {
            ps.setTimestamp(++i, ts, UTC);
          }
          for (Timestamp ts : byClosed.args()) {
            ps.setTimestamp(++i, ts, UTC);
          }
          for (int period = 0; period < 4; period++) {
            ps.setTimestamp(++i, start, UTC);
            ps.setTimestamp(++i, end, UTC);
          }
          for (String arg : filterArgs) {
            ps.setString(++i, arg);
          }
        },
        (ResultSet rs) -> {
          int n = rs.getInt("n");
          if (rs.getBoolean("r")) {
            String received = rs.getString("kr");
            Tally t = tallies.computeIfAbsent(received == null ? "-" : received, k -> new Tally());
            t.received += n;
            if (rs.getBoolean("contacted")) {
              t.responded += n;
            }
            t.responseSeconds += rs.getLong("response_seconds");
            if (rs.getBoolean("repeated")) {
              t.repeats += n;
            }
            if (rs.getBoolean("response_late")) {
              t.responseOverdue += n;
            }
            if (rs.getBoolean("visit_late")) {
              t.returnVisitOverdue += n;
            }
            if (rs.getBoolean("handling_late")) {
              t.handlingOverdue += n;
            }
            String severity = rs.getString("sev");
            if (!rs.getBoolean("closed_now") && SEVERITIES.contains(severity)) {
              t.openBySeverity.merge(severity, n, Integer::sum);
            }
          }
          if (rs.getBoolean("cl")) {
            String closed = rs.getString("kc");
            Tally c = tallies.computeIfAbsent(closed == null ? "-" : closed, k -> new Tally());
            c.closed += n;
            if (rs.getBoolean("visited")) {
              c.closedVisited += n;
            }
            if (!rs.getBoolean("response_late")
                && !rs.getBoolean("visit_late")
                && !rs.getBoolean("step_late")) {
              c.closedOnTime += n;
            }
          }
        });

    join(visitsCounted);
    visits.forEach(
        (group, counts) -> {
          Tally t = tallies.computeIfAbsent(group, k -> new Tally());
          t.visits += counts[0];
          t.satisfiedVisits += counts[1];
        });
    // without a breakdown the database answers one row of zeros for an empty period
    tallies.values().removeIf(t -> t.received == 0 && t.closed == 0 && t.visits == 0);
    return tallies;
  }

  /** The prefix of the kpi-targets rows that target a repair figure. */
  private static final String REPAIRS = "repairs.";

  /** A return visit the customer was (basically) satisfied with. */
  private static final String SATISFIED = "('SATISFIED', 'BASICALLY_SATISFIED')";

  /**
   * R-KPI-1 the figures of repair orders (docs/reports.md "Repairs") from repair_order,
   * repair_event and repair_visit_sample, counted in the database. Repairs have no handler group: a
   * scope's communities (issue 16) are their only restriction. The repair package writes its times
   * with the JVM's zone (JdbcTemplate), so the period is bound the same way.
   */
  private KpiFigures.Repairs repairs(
      LocalDate from,
      LocalDate to,
      String community,
      Scope scope,
      Map<String, KpiTargets.Target> goals) {
    Timestamp start = Timestamp.from(from.atStartOfDay(zone).toInstant());
    Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
    StringBuilder filter = new StringBuilder();
    List<Object> filterArgs = new ArrayList<>();
    if (community != null) {
      filter.append(" and o.community_code = ?");
      filterArgs.add(community);
    }
    if (scope.communities() != null) {
      if (scope.communities().isEmpty()) {
        filter.append(" and 1 = 0");
      } else {
        filter
            .append(" and o.community_code in (")
            .append(String.join(",", scope.communities().stream().map(c -> "?").toList()))
            .append(')');
        filterArgs.addAll(scope.communities());
      }
    }
    int received =
        count(
            "select count(*) from repair_order o where o.requested_at >= ? and o.requested_at < ?"
                + filter,
            args(List.of(start, end), filterArgs));
    // closed in the period: with a return visit (R-VISIT-4), without a missed deadline (R-REP-2/3)
    int[] closed = new int[3];
    jdbc.query(
        "select count(*) closed, sum(case when exists (select 1 from repair_event v"
            + " where v.order_no = e.order_no and v.event_type = 'RETURN_VISITED') then 1 else 0 end) visited,"
            + " sum(case when exists (select 1 from repair_event m where m.order_no = e.order_no"
            + " and m.event_type = 'DEADLINE_MISSED') then 0 else 1 end) on_time"
            + " from repair_event e join repair_order o on o.order_no = e.order_no"
            + " where e.event_type = 'CLOSED' and e.occurred_at >= ? and e.occurred_at < ?"
            + filter,
        setter(args(List.of(start, end), filterArgs)),
        (ResultSet rs) -> {
          closed[0] = rs.getInt("closed");
          closed[1] = rs.getInt("visited");
          closed[2] = rs.getInt("on_time");
        });
    // return visits made in the period (an unsatisfied one, which sends the order back, counts too)
    int[] visits = new int[2];
    jdbc.query(
        "select count(*) visits, sum(case when e.detail in "
            + SATISFIED
            + " then 1 else 0 end) satisfied"
            + " from repair_event e join repair_order o on o.order_no = e.order_no"
            + " where e.event_type = 'RETURN_VISITED' and e.occurred_at >= ? and e.occurred_at < ?"
            + filter,
        setter(args(List.of(start, end), filterArgs)),
        (ResultSet rs) -> {
          visits[0] = rs.getInt("visits");
          visits[1] = rs.getInt("satisfied");
        });
    // R-REP-6 per sampler group: slips closed in the period it chose, visits it made in the period
    Map<String, KpiFigures.Sampling> sampling = new TreeMap<>();
    int[] sampled = new int[2];
    jdbc.query(
        "select s.sampler_group k,"
            + " sum(case when s.chosen = true and s.closed_at >= ? and s.closed_at < ? then 1 else 0 end) chosen,"
            + " sum(case when s.visited_at >= ? and s.visited_at < ? then 1 else 0 end) visited,"
            + " sum(case when s.visited_at >= ? and s.visited_at < ? and s.satisfaction in "
            + SATISFIED
            + " then 1 else 0 end) satisfied"
            + " from repair_visit_sample s join repair_order o on o.order_no = s.order_no"
            + " where ((s.closed_at >= ? and s.closed_at < ?) or (s.visited_at >= ? and s.visited_at < ?))"
            + filter
            + " group by s.sampler_group",
        setter(
            args(List.of(start, end, start, end, start, end, start, end, start, end), filterArgs)),
        (ResultSet rs) -> {
          int visited = rs.getInt("visited");
          int satisfied = rs.getInt("satisfied");
          sampled[0] += visited;
          sampled[1] += satisfied;
          sampling.put(
              rs.getString("k"),
              new KpiFigures.Sampling(
                  rs.getInt("chosen"), visited, Tally.rate(satisfied, visited)));
        });
    int returnVisits = visits[0] + sampled[0];
    Double satisfaction = Tally.rate(visits[1] + sampled[1], returnVisits);
    Double returnVisitRate = Tally.rate(closed[1], closed[0]);
    Double onTime = Tally.rate(closed[2], closed[0]);
    Map<String, Double> figures = new HashMap<>();
    figures.put("satisfactionRate", satisfaction);
    figures.put("returnVisitRate", returnVisitRate);
    figures.put("onTimeRate", onTime);
    Map<String, KpiFigures.TargetView> targetViews = new LinkedHashMap<>();
    goals.forEach(
        (kpi, target) -> {
          if (kpi.startsWith(REPAIRS)) {
            String name = kpi.substring(REPAIRS.length());
            targetViews.put(
                name,
                new KpiFigures.TargetView(
                    target.comparison(), target.target(), target.met(figures.get(name))));
          }
        });
    return new KpiFigures.Repairs(
        received,
        closed[0],
        returnVisits,
        satisfaction,
        returnVisitRate,
        onTime,
        sampling,
        targetViews);
  }

  private static List<Object> args(List<Timestamp> period, List<Object> filterArgs) {
    List<Object> all = new ArrayList<>(period);
    all.addAll(filterArgs);
    return all;
  }

  /** Binds timestamps in the JVM's zone, as the repair package writes them. */
  private static org.springframework.jdbc.core.PreparedStatementSetter setter(List<Object> args) {
    return ps -> {
      int i = 0;
      for (Object arg : args) {
        if (arg instanceof Timestamp ts) {
          ps.setTimestamp(++i, ts);
        } else {
          ps.setString(++i, (String) arg);
        }
      }
    };
  }

  private int count(String sql, List<Object> args) {
    Integer n = jdbc.query(sql, setter(args), rs -> rs.next() ? rs.getInt(1) : 0);
    return n == null ? 0 : n;
  }

  private interface GroupHandler {
    void handle(String group, ResultSet rs) throws SQLException;
  }

  /**
   * Runs {@code select <group> k, <aggregates> from ... where <period> <filter> group by k}: binds
   * the grouping's arguments, the period and the filter's.
   */
  private void query(
      Grouping grouping,
      String aggregatesFromWhere,
      Timestamp start,
      Timestamp end,
      List<String> filterArgs,
      GroupHandler handler) {
    String sql =
        "select "
            + grouping.expression()
            + " k, "
            + aggregatesFromWhere
            + (grouping.none() ? "" : " group by k");
    jdbc.query(
        sql,
        ps -> {
          int i = 0;
          for (Timestamp ts : grouping.args()) {
            ps.setTimestamp(++i, ts, UTC);
          }
          ps.setTimestamp(++i, start, UTC);
          ps.setTimestamp(++i, end, UTC);
          for (String arg : filterArgs) {
            ps.setString(++i, arg);
          }
        },
        (ResultSet rs) -> {
          String group = rs.getString("k");
          handler.handle(group == null ? "-" : group, rs);
        });
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

    KpiFigures figures(
        Integer households, Map<String, KpiTargets.Target> targets, KpiFigures.Repairs repairs) {
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
            if (kpi.startsWith(REPAIRS)) {
              return; // the repair figures' own (KpiFigures.Repairs.targets)
            }
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
          targetViews,
          repairs);
    }

    private static Double nz(Double d) {
      return d == null ? Double.NaN : d;
    }

    static Double rate(long part, long whole) {
      return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }
  }
}
