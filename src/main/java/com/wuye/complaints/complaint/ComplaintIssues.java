package com.wuye.complaints.complaint;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Issues 同一事件 (R-SEV-HOT): the complaints about one problem at one place belong to one issue, one
 * row in complaint_issue. Where "one place" is depends on the category (decision same-issue-scope):
 * the building (BUILDING) or the whole community (COMMUNITY, building '*'); a person may also link
 * complaints into an issue of their own (MANUAL, keyed by the first complaint's number).
 *
 * <p>An intake locks its issue's row before it writes anything else, so intakes about the same
 * issue take turns on that one lock, always taken first (no lock cycle), and never touch each
 * other's complaints. The row also keeps the highest severity the number of complainants alone has
 * implied, so the earlier complaints are raised once, when the count crosses into it.
 *
 * <p>A new issue's row is inserted and committed at once on a small connection pool of its own (as
 * the complaint numbers are): concurrent first complaints then all find the one row, and an intake
 * holding a connection of the main pool never waits for a second one from it.
 */
@Component
public class ComplaintIssues implements DisposableBean {

  /** The issue's row as its lock holder reads it. */
  public record Issue(long id, Severity countSeverity, Instant countSeverityAt) {}

  private final JdbcTemplate jdbc;
  private final HikariDataSource newIssuePool;

  ComplaintIssues(JdbcTemplate jdbc, DataSourceProperties database) {
    this.jdbc = jdbc;
    this.newIssuePool = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    this.newIssuePool.setPoolName("complaint-issues");
    this.newIssuePool.setMaximumPoolSize(2);
    this.newIssuePool.setMinimumIdle(0);
    this.newIssuePool.setAutoCommit(true);
  }

  /**
   * R-SEV-HOT: how an issue's complaints are matched (the scopes of decision same-issue-scope, and
   * MANUAL).
   */
  public static final String BUILDING = "BUILDING";

  public static final String COMMUNITY = "COMMUNITY";
  public static final String NONE = "NONE";
  static final String MANUAL = "MANUAL";
  private static final String WHOLE_COMMUNITY = "*";

  /**
   * The issue of this place and category in the given scope, created if this is its first
   * complaint; null for scope NONE (no automatic match).
   */
  Long ensure(String community, String building, Category category, String scope, Instant at) {
    return switch (scope) {
      case BUILDING -> ensureKey(community, building, category, BUILDING, at);
      case COMMUNITY -> ensureKey(community, WHOLE_COMMUNITY, category, COMMUNITY, at);
      case NONE -> null;
      default -> throw new IllegalStateException("decision same-issue-scope answered " + scope);
    };
  }

  /** An issue opened by a person's link, for a complaint that had none. */
  long ensureManual(Complaint first, Instant at) {
    return ensureKey(
        first.getCommunityCode(), first.getComplaintNo(), first.getCategory(), MANUAL, at);
  }

  private long ensureKey(
      String community, String building, Category category, String scope, Instant at) {
    Long id = find(community, building, category);
    if (id != null) {
      return id;
    }
    try (Connection connection = newIssuePool.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into complaint_issue (community_code, building, category, created_at, match_scope) values (?, ?, ?, ?, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, community);
      insert.setString(2, building);
      insert.setString(3, category.name());
      insert.setTimestamp(4, Timestamp.from(at));
      insert.setString(5, scope);
      insert.executeUpdate();
      // issue 18: the new row's id comes back with the insert (no second look-up by place)
      try (ResultSet key = insert.getGeneratedKeys()) {
        if (key.next()) {
          return key.getLong(1);
        }
      }
    } catch (SQLIntegrityConstraintViolationException anotherIntakeCreatedIt) {
      // the row exists now
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not create the issue of " + community + "/" + building + "/" + category, e);
    }
    id = find(community, building, category);
    if (id == null) {
      throw new IllegalStateException(
          "issue of " + community + "/" + building + "/" + category + " not found after insert");
    }
    return id;
  }

  /**
   * Locks the issue's row until the transaction ends, and reads it. A transaction that holds the
   * lock already gets the row as it read (and since changed) it: nobody else can change it
   * meanwhile (issue 18: the intake's register and classify steps lock the same row, one read
   * suffices).
   */
  public Issue lock(long issueId) {
    Map<Long, Issue> held = heldByThisTransaction();
    Issue known = held == null ? null : held.get(issueId);
    if (known != null) {
      return known;
    }
    Issue issue =
        jdbc.queryForObject(
            "select id, count_severity, count_severity_at from complaint_issue where id = ? for update",
            (rs, row) -> {
              String severity = rs.getString(2);
              Timestamp at = rs.getTimestamp(3);
              return new Issue(
                  rs.getLong(1),
                  severity == null ? null : Severity.valueOf(severity),
                  at == null ? null : at.toInstant());
            },
            issueId);
    if (held != null) {
      held.put(issueId, issue);
    }
    return issue;
  }

  /** Under the lock: the number of complainants now implies this severity, since this moment. */
  public void recordCountSeverity(long issueId, Severity severity, Instant at) {
    jdbc.update(
        "update complaint_issue set count_severity = ?, count_severity_at = ? where id = ?",
        severity.name(),
        Timestamp.from(at),
        issueId);
    Map<Long, Issue> held = heldByThisTransaction();
    if (held != null && held.containsKey(issueId)) {
      held.put(issueId, new Issue(issueId, severity, at));
    }
  }

  /**
   * The issue rows this transaction has locked, as it last read or wrote them; null outside a
   * transaction. Kept with the transaction's connection holder, which Spring creates per
   * transaction (a transaction started inside another one has its own holder, and no locks).
   */
  private Map<Long, Issue> heldByThisTransaction() {
    if (!TransactionSynchronizationManager.isActualTransactionActive()
        || jdbc.getDataSource() == null
        || !(TransactionSynchronizationManager.getResource(jdbc.getDataSource())
            instanceof ConnectionHolder holder)) {
      return null;
    }
    return heldLocks.computeIfAbsent(holder, transaction -> new HashMap<>());
  }

  private final Map<ConnectionHolder, Map<Long, Issue>> heldLocks =
      Collections.synchronizedMap(new WeakHashMap<>());

  private Long find(String community, String building, Category category) {
    List<Long> ids =
        jdbc.queryForList(
            "select id from complaint_issue where community_code = ? and building = ? and category = ?",
            Long.class,
            community,
            building,
            category.name());
    return ids.isEmpty() ? null : ids.get(0);
  }

  @Override
  public void destroy() {
    newIssuePool.close();
  }
}
