package com.wuye.complaints.report;

import com.wuye.complaints.support.CompanySettings;
import com.wuye.complaints.support.EngineClock;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R-KPI-2 the monthly analysis 月度投诉分析: for a month, one stored report per community and one for the
 * company — counts and rates by category, building, severity, cause and handler group (the R-KPI-1
 * figures of {@link KpiService}, so both read the rows the same way), the repeat complaints and the
 * month's MAJOR and HOT complaints. A report is written once: a month and scope already stored is
 * left as it is (unique key uk_monthly_report), so running the job twice changes nothing. Writing
 * the company's report starts the "analyse the month" task (process monthly-analysis, R-LOOP 改进) in
 * the same transaction.
 */
@Service
class MonthlyReports {

  private static final Logger LOG = LoggerFactory.getLogger(MonthlyReports.class);
  private static final Calendar UTC =
      Calendar.getInstance(TimeZone.getTimeZone("UTC")); // as hibernate.jdbc.time_zone writes
  private static final List<KpiService.By> DIMENSIONS =
      List.of(
          KpiService.By.CATEGORY,
          KpiService.By.BUILDING,
          KpiService.By.SEVERITY,
          KpiService.By.CAUSE,
          KpiService.By.HANDLER_GROUP);
  private static final String COMPLAINTS_ONLY =
      " and (verification_outcome is null or verification_outcome <> 'CONSULTATION')";

  private final JdbcTemplate jdbc;
  private final KpiService kpis;
  private final ZoneId zone;
  private final EngineClock clock;
  private final TransactionTemplate transaction;
  private final RuntimeService runtime;
  private final IdentityService identity;

  MonthlyReports(
      JdbcTemplate jdbc,
      KpiService kpis,
      CompanySettings settings,
      EngineClock clock,
      PlatformTransactionManager transactions,
      RuntimeService runtime,
      IdentityService identity) {
    this.jdbc = jdbc;
    this.kpis = kpis;
    this.zone = settings.timeZone();
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
    this.runtime = runtime;
    this.identity = identity;
  }

  /** The month before the one the company's clock is in now. */
  YearMonth previousMonth() {
    return YearMonth.from(clock.now().atZone(zone)).minusMonths(1);
  }

  /**
   * Writes the month's reports not stored yet, each community's and then the company's; answers how
   * many were written.
   */
  int run(YearMonth month) {
    int written = 0;
    for (String community : communities(month)) {
      if (Boolean.TRUE.equals(transaction.execute(status -> write(month, community)))) {
        written++;
      }
    }
    if (Boolean.TRUE.equals(transaction.execute(status -> write(month, MonthlyReport.COMPANY)))) {
      written++;
    }
    LOG.info("R-KPI-2 monthly analysis {}: {} report(s) written", month, written);
    return written;
  }

  /**
   * Whether any complaint was received before the end of the month (else there is nothing to
   * analyse).
   */
  boolean anyComplaintUpTo(YearMonth month) {
    return Boolean.TRUE.equals(
        jdbc.query(
            "select 1 from complaint where received_at < ?",
            ps -> bounds(ps, month.plusMonths(1), 0),
            (ResultSet rs) -> rs.next()));
  }

  List<MonthlyReport> list(YearMonth month) {
    return jdbc.query(
        "select report_month, scope, created_at from monthly_report where report_month = ?"
            + " order by case when scope = 'company' then 0 else 1 end, scope",
        (rs, i) -> MonthlyReport.of(rs.getString(1), rs.getString(2), instant(rs, "created_at")),
        month.toString());
  }

  Optional<MonthlyReport.Content> content(YearMonth month, String scope) {
    List<Object[]> found =
        jdbc.query(
            "select id, created_at from monthly_report where report_month = ? and scope = ?",
            (rs, i) -> new Object[] {rs.getLong(1), instant(rs, "created_at")},
            month.toString(),
            scope);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    long id = (Long) found.get(0)[0];
    List<MonthlyReport.Figure> figures =
        jdbc.query(
            "select dimension, item, received, share, closed, satisfaction_rate,"
                + " on_time_rate, return_visit_rate, repeat_rate, complaint_rate from monthly_report_figure where report_id = ? order by position",
            (rs, i) ->
                new MonthlyReport.Figure(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getBigDecimal(4),
                    rs.getInt(5),
                    rs.getBigDecimal(6),
                    rs.getBigDecimal(7),
                    rs.getBigDecimal(8),
                    rs.getBigDecimal(9),
                    rs.getBigDecimal(10)),
            id);
    List<MonthlyReport.Listed> listed =
        jdbc.query(
            "select list, complaint_no, community_code, building, category, severity,"
                + " status, repeat_of, reopen_count, received_at from monthly_report_complaint where report_id = ? order by position",
            (rs, i) ->
                new MonthlyReport.Listed(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getInt(9),
                    instant(rs, "received_at")),
            id);
    return Optional.of(
        new MonthlyReport.Content(
            MonthlyReport.of(month.toString(), scope, (Instant) found.get(0)[1]), figures, listed));
  }

  /** The active communities and any other that received complaints in the month. */
  private List<String> communities(YearMonth month) {
    TreeSet<String> codes =
        new TreeSet<>(
            jdbc.queryForList("select code from community where active = true", String.class));
    codes.addAll(
        jdbc.query(
            "select distinct community_code from complaint where received_at >= ? and received_at < ?",
            ps -> bounds(ps, month, 1),
            (rs, i) -> rs.getString(1)));
    return List.copyOf(codes);
  }

  private boolean write(YearMonth month, String scope) {
    Long existing =
        jdbc.query(
            "select id from monthly_report where report_month = ? and scope = ?",
            rs -> rs.next() ? rs.getLong(1) : null,
            month.toString(),
            scope);
    if (existing != null) {
      return false;
    }
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    try {
      jdbc.update(
          con -> {
            var ps =
                con.prepareStatement(
                    "insert into monthly_report (report_month, scope, created_at) values (?, ?, ?)",
                    new String[] {"id"});
            ps.setString(1, month.toString());
            ps.setString(2, scope);
            ps.setTimestamp(3, Timestamp.from(clock.now()), UTC);
            return ps;
          },
          key);
    } catch (DuplicateKeyException anotherNodeWroteIt) {
      return false;
    }
    long reportId = key.getKey().longValue();
    String community = MonthlyReport.COMPANY.equals(scope) ? null : scope;
    LocalDate from = month.atDay(1);
    LocalDate to = month.atEndOfMonth();
    List<Object[]> rows = new ArrayList<>();
    KpiFigures total = kpis.figures(from, to, community, KpiService.Scope.COMPANY);
    rows.add(figure("TOTAL", "", total, total.received()));
    for (KpiService.By by : DIMENSIONS) {
      for (Map.Entry<String, KpiFigures> group :
          kpis.breakdown(by, from, to, community, KpiService.Scope.COMPANY).entrySet()) {
        rows.add(figure(by.name(), group.getKey(), group.getValue(), total.received()));
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      Object[] row = rows.get(i);
      jdbc.update(
          "insert into monthly_report_figure (report_id, position, dimension, item, received, share, closed,"
              + " satisfaction_rate, on_time_rate, return_visit_rate, repeat_rate, complaint_rate) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          reportId,
          i,
          row[0],
          row[1],
          row[2],
          row[3],
          row[4],
          row[5],
          row[6],
          row[7],
          row[8],
          row[9]);
    }
    writeListed(reportId, month, community);
    if (community == null) {
      startAnalysis(month);
    }
    return true;
  }

  private static Object[] figure(String dimension, String item, KpiFigures f, int totalReceived) {
    return new Object[] {
      dimension,
      item,
      f.received(),
      decimal(totalReceived == 0 ? null : f.received() / (double) totalReceived),
      f.closed(),
      decimal(f.satisfactionRate()),
      decimal(f.handledOnTimeRate()),
      decimal(f.returnVisitRate()),
      decimal(f.repeatRate()),
      decimal(f.complaintRate())
    };
  }

  private static BigDecimal decimal(Double rate) {
    return rate == null ? null : BigDecimal.valueOf(Math.round(rate * 10000.0), 4);
  }

  /**
   * The repeat complaints and the MAJOR and HOT ones received in the month (current severity),
   * oldest first.
   */
  private void writeListed(long reportId, YearMonth month, String community) {
    String sql =
        "select complaint_no, community_code, building, category, severity, status, repeat_of, reopen_count, received_at"
            + " from complaint where received_at >= ? and received_at < ?"
            + COMPLAINTS_ONLY
            + (community == null ? "" : " and community_code = ?")
            + " order by received_at, complaint_no";
    List<MonthlyReport.Listed> repeats = new ArrayList<>();
    List<MonthlyReport.Listed> major = new ArrayList<>();
    List<MonthlyReport.Listed> hot = new ArrayList<>();
    jdbc.query(
        sql,
        ps -> {
          bounds(ps, month, 1);
          if (community != null) {
            ps.setString(3, community);
          }
        },
        (ResultSet rs) -> {
          String severity = rs.getString("severity");
          boolean repeat = rs.getString("repeat_of") != null || rs.getInt("reopen_count") > 0;
          for (String list : new String[] {"REPEAT", "MAJOR", "HOT"}) {
            if (list.equals("REPEAT") ? repeat : list.equals(severity)) {
              MonthlyReport.Listed listed =
                  new MonthlyReport.Listed(
                      list,
                      rs.getString("complaint_no"),
                      rs.getString("community_code"),
                      rs.getString("building"),
                      rs.getString("category"),
                      severity,
                      rs.getString("status"),
                      rs.getString("repeat_of"),
                      rs.getInt("reopen_count"),
                      instant(rs, "received_at"));
              (list.equals("REPEAT") ? repeats : list.equals("MAJOR") ? major : hot).add(listed);
            }
          }
        });
    List<MonthlyReport.Listed> all = new ArrayList<>(repeats);
    all.addAll(major);
    all.addAll(hot);
    for (int i = 0; i < all.size(); i++) {
      MonthlyReport.Listed c = all.get(i);
      int position = i;
      jdbc.update(
          con -> {
            var ps =
                con.prepareStatement(
                    "insert into monthly_report_complaint (report_id, position, list, complaint_no, community_code,"
                        + " building, category, severity, status, repeat_of, reopen_count, received_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            ps.setLong(1, reportId);
            ps.setInt(2, position);
            ps.setString(3, c.list());
            ps.setString(4, c.complaintNo());
            ps.setString(5, c.community());
            ps.setString(6, c.building());
            ps.setString(7, c.category());
            ps.setString(8, c.severity());
            ps.setString(9, c.status());
            ps.setString(10, c.repeatOf());
            ps.setInt(11, c.reopenCount());
            ps.setTimestamp(12, Timestamp.from(c.receivedAt()), UTC);
            return ps;
          });
    }
  }

  /**
   * R-LOOP 改进: customer relations analyse the month (process monthly-analysis), started once with
   * the company's report.
   */
  private void startAnalysis(YearMonth month) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      runtime.startProcessInstanceByKey(
          MonthlyAnalysisProcess.KEY,
          month.toString(),
          Variables.createVariables().putValue(MonthlyAnalysisProcess.MONTH, month.toString()));
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  /**
   * The month's start and end as parameters first and first + 1 (first 0: only the start, as
   * parameter 1).
   */
  private void bounds(java.sql.PreparedStatement ps, YearMonth month, int first)
      throws SQLException {
    Timestamp start = Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant());
    if (first == 0) {
      ps.setTimestamp(1, start, UTC);
      return;
    }
    ps.setTimestamp(first, start, UTC);
    ps.setTimestamp(
        first + 1,
        Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()),
        UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column, UTC);
    return ts == null ? null : ts.toInstant();
  }
}
