package com.wuye.complaints.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.complaints.lifecycle.MariaDb;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Issue 18: how the production pool (the mysql profile) sends the engine's JDBC batches. The
 * engine's flush is one JDBC batch per table and kind of change (an intake: 50 variable history
 * rows in one, 49 variables in another). Connector/J sends a batch row by row, one round trip each,
 * unless {@code rewriteBatchedStatements} is on: then a batch of inserts goes as one multi-row
 * insert and a batch of updates or deletes as one multi-statement. The engine's optimistic locking
 * needs the real row count of each update and delete in a batch (a lost race is an update that
 * changed no row); Camunda fails a flush whose counts are unknown rather than guess.
 */
// the context of the other *MariaDbIT tests, so all share one
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "mysql"})
@ContextConfiguration(initializers = MariaDb.Connection.class)
@EnabledIfSystemProperty(named = "it.mysql.url", matches = "jdbc:mysql:.+")
class JdbcBatchesMariaDbIT {

  @Autowired DataSource dataSource;

  @Test
  void aBatchOfInsertsIsOneStatementOnTheWire() throws SQLException {
    withProbeTable(
        (connection, statement) -> {
          long idle = statementsSince(statement, statementsSent(statement));
          long before = statementsSent(statement);
          try (PreparedStatement insert =
              connection.prepareStatement("insert into wy_batch_probe (id, v) values (?, ?)")) {
            for (int id = 1; id <= 6; id++) {
              insert.setInt(1, id);
              insert.setInt(2, 0);
              insert.addBatch();
            }
            insert.executeBatch();
          }
          // six rows, one statement (row by row they were six)
          assertThat(statementsSince(statement, before) - idle).isEqualTo(1);
          assertThat(count(statement)).isEqualTo(6);
        });
  }

  @Test
  void aBatchOfUpdatesOrDeletesReportsEachStatementsRows() throws SQLException {
    withProbeTable(
        (connection, statement) -> {
          statement.execute("insert into wy_batch_probe (id, v) values (1, 0), (2, 0), (3, 0)");
          // as the engine's optimistic lock: an update or delete of a row at the revision it read
          int[][] updates = {{1, 0}, {1, 0}, {2, 0}, {9, 0}, {3, 0}, {3, 5}};
          assertThat(
                  batch(
                      connection,
                      "update wy_batch_probe set v = v + 1 where id = ? and v = ?",
                      updates))
              .containsExactly(1, 0, 1, 0, 1, 0);
          int[][] deletes = {{1, 1}, {1, 1}, {2, 0}, {2, 1}, {3, 1}};
          assertThat(
                  batch(connection, "delete from wy_batch_probe where id = ? and v = ?", deletes))
              .containsExactly(1, 0, 0, 1, 1);
          assertThat(count(statement)).isZero();
        });
  }

  private interface ProbeWork {
    void run(Connection connection, Statement statement) throws SQLException;
  }

  /** A pooled connection of the application with a table of its own for the test's rows. */
  private void withProbeTable(ProbeWork work) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create temporary table wy_batch_probe (id int primary key, v int)");
      try {
        work.run(connection, statement);
      } finally {
        statement.execute("drop temporary table wy_batch_probe");
      }
    }
  }

  /** One JDBC batch of the statement, a row of two parameters each; the driver's row counts. */
  private static int[] batch(Connection connection, String sql, int[][] rows) throws SQLException {
    try (PreparedStatement batch = connection.prepareStatement(sql)) {
      for (int[] row : rows) {
        batch.setInt(1, row[0]);
        batch.setInt(2, row[1]);
        batch.addBatch();
      }
      return batch.executeBatch();
    }
  }

  /** The statements this connection has sent the server (MySQL's and MariaDB's "Questions"). */
  private static long statementsSent(Statement statement) throws SQLException {
    try (ResultSet status = statement.executeQuery("show session status like 'Questions'")) {
      status.next();
      return status.getLong(2);
    }
  }

  private static long statementsSince(Statement statement, long before) throws SQLException {
    return statementsSent(statement) - before;
  }

  private static long count(Statement statement) throws SQLException {
    try (ResultSet rows = statement.executeQuery("select count(*) from wy_batch_probe")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
