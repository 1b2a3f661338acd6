package com.wuye.complaints.complaint;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Gives complaint numbers like {@code TS-20261122-0001}: the company's day, then that day's
 * sequence, kept in one counter row per day.
 *
 * <p>The counter is incremented and committed at once, on a small connection pool of its own:
 * parallel intakes then wait for each other only for the increment, not for their whole
 * transaction, and an intake that holds a connection of the main pool never waits for a second one
 * from the same pool (which, with as many intakes as connections, would starve the pool). A number
 * whose intake then rolls back stays unused: numbers are unique, not gap-free.
 */
@Component
class ComplaintNumberAllocator implements DisposableBean {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final HikariDataSource counterPool;
  private final ZoneId zone;

  ComplaintNumberAllocator(DataSourceProperties database, ComplaintSettings settings) {
    this.counterPool = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    this.counterPool.setPoolName("complaint-numbers");
    this.counterPool.setMaximumPoolSize(4);
    this.counterPool.setMinimumIdle(1);
    this.counterPool.setAutoCommit(false);
    // as the main pool: a short row lock, no gap locks (found deadlocking at midnight under load)
    this.counterPool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    this.zone = settings.timeZone();
  }

  String next(Instant at) {
    LocalDate day = LocalDate.ofInstant(at, zone);
    for (int attempt = 1; ; attempt++) {
      try (Connection connection = counterPool.getConnection()) {
        try {
          int seq = increment(connection, Date.valueOf(day));
          connection.commit();
          return "TS-" + DAY.format(day) + "-" + String.format("%04d", seq);
        } catch (SQLException | RuntimeException e) {
          connection.rollback();
          throw e;
        }
      } catch (SQLTransactionRollbackException deadlock) {
        // the first numbers of a new day, asked for at once, can deadlock on the new row: try again
        if (attempt == 5) {
          throw new IllegalStateException("could not number the complaint", deadlock);
        }
      } catch (SQLException e) {
        throw new IllegalStateException("could not number the complaint", e);
      }
    }
  }

  private static int increment(Connection connection, Date day) throws SQLException {
    // the update locks the day's row until the commit, so the value read is ours
    while (update(connection, "update complaint_number_counter set last_seq = last_seq + 1 where counter_day = ?", day) == 0) {
      try {
        update(connection, "insert into complaint_number_counter (counter_day, last_seq) values (?, 1)", day);
        return 1;
      } catch (SQLIntegrityConstraintViolationException anotherNodeStartedTheDay) {
        // the row exists now: increment it
      }
    }
    try (PreparedStatement read = connection.prepareStatement("select last_seq from complaint_number_counter where counter_day = ?")) {
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
