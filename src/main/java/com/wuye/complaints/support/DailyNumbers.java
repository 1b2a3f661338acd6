package com.wuye.complaints.support;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Gives numbers like {@code TS-20261122-0001} (complaints) or {@code PG-20261129-0001} (repair
 * dispatch slips): a prefix, the company's day, then that day's sequence, kept in one counter row
 * per day in the counter table of the kind of number.
 *
 * <p>The counter is incremented and committed at once, on a small connection pool of its own:
 * parallel intakes then wait for each other only for the increment, not for their whole
 * transaction, and an intake that holds a connection of the main pool never waits for a second one
 * from the same pool (which, with as many intakes as connections, would starve the pool). A number
 * whose intake then rolls back stays unused: numbers are unique, not gap-free.
 */
@Component
public class DailyNumbers implements DisposableBean {

  /** The kinds of numbers: prefix and counter table (fixed names, never user input in SQL). */
  public enum Kind {
    COMPLAINT("TS", "complaint_number_counter"),
    REPAIR_ORDER("PG", "repair_number_counter");

    private final String prefix;
    private final String table;

    Kind(String prefix, String table) {
      this.prefix = prefix;
      this.table = table;
    }
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final HikariDataSource counterPool;
  private final ZoneId zone;

  DailyNumbers(DataSourceProperties database, CompanySettings settings) {
    this.counterPool = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    this.counterPool.setPoolName("daily-numbers");
    this.counterPool.setMaximumPoolSize(4);
    this.counterPool.setMinimumIdle(1);
    this.counterPool.setAutoCommit(false);
    // as the main pool: a short row lock, no gap locks (found deadlocking at midnight under load)
    this.counterPool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    this.zone = settings.timeZone();
  }

  /** The next number of the given kind for the company's day of {@code at}. */
  public String next(Kind kind, Instant at) {
    LocalDate day = LocalDate.ofInstant(at, zone);
    for (int attempt = 1; ; attempt++) {
      try (Connection connection = counterPool.getConnection()) {
        try {
          int seq = increment(connection, kind.table, Date.valueOf(day));
          connection.commit();
          return kind.prefix + "-" + DAY.format(day) + "-" + String.format("%04d", seq);
        } catch (SQLException | RuntimeException e) {
          connection.rollback();
          throw e;
        }
      } catch (SQLTransactionRollbackException deadlock) {
        // the first numbers of a new day, asked for at once, can deadlock on the new row: try again
        if (attempt == 5) {
          throw new IllegalStateException("could not allocate a " + kind + " number", deadlock);
        }
      } catch (SQLException e) {
        throw new IllegalStateException("could not allocate a " + kind + " number", e);
      }
    }
  }

  private static int increment(Connection connection, String table, Date day) throws SQLException {
    // the update locks the day's row until the commit, so the value read is ours
    while (update(
            connection,
            "update " + table + " set last_seq = last_seq + 1 where counter_day = ?",
            day)
        == 0) {
      try {
        update(connection, "insert into " + table + " (counter_day, last_seq) values (?, 1)", day);
        return 1;
      } catch (SQLIntegrityConstraintViolationException anotherNodeStartedTheDay) {
        // the row exists now: increment it
      }
    }
    try (PreparedStatement read =
        connection.prepareStatement("select last_seq from " + table + " where counter_day = ?")) {
      read.setDate(1, day);
      try (ResultSet rs = read.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static int update(Connection connection, String sql, Date day) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setDate(1, day);
      return statement.executeUpdate();
    }
  }

  @Override
  public void destroy() {
    counterPool.close();
  }
}
