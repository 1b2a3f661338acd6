package com.wuye.complaints.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18: the indexes the platform adds to the engine's tables exist, and the job executor's
 * acquisition, in due-date order, reads through the due-date index instead of every job.
 */
abstract class EngineIndexesScenario {

  @Autowired DataSource dataSource;
  @Autowired ProcessEngineConfigurationImpl engine;

  /** The engine's acquisition statement as Job.xml builds it with acquisition by due date. */
  static final String ACQUISITION =
      """
      select RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_
      from ACT_RU_JOB RES
      where (RES.RETRIES_ > 0)
        and (RES.DUEDATE_ is null or RES.DUEDATE_ <= CURRENT_TIMESTAMP)
        and (RES.LOCK_OWNER_ is null or RES.LOCK_EXP_TIME_ < CURRENT_TIMESTAMP)
        and RES.SUSPENSION_STATE_ = 1
        and ((RES.EXCLUSIVE_ = true and not exists(
              select J2.ID_ from ACT_RU_JOB J2
              where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ and (J2.EXCLUSIVE_ = true)
                and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= CURRENT_TIMESTAMP)))
          or RES.EXCLUSIVE_ = false)
      order by RES.DUEDATE_ asc
      limit 10
      """;

  @Test
  @DisplayName(
      "issue 18: the engine's tables have the platform's indexes on ACT_RU_TASK(PARENT_TASK_ID_) and ACT_RU_JOB(DUEDATE_)")
  void engineTablesHaveThePlatformsIndexes() throws SQLException {
    for (EngineIndexesPlugin.EngineIndex index : EngineIndexesPlugin.INDEXES) {
      assertThat(leadingColumns(index.table())).as(index.name()).contains(index.column());
    }
  }

  @Test
  @DisplayName(
      "issue 18: the job executor acquires in due-date order, and that acquisition reads the due-date index, not every job")
  void acquisitionReadsTheDueDateIndex() throws SQLException {
    assertThat(engine.isJobExecutorAcquireByDueDate()).isTrue();
    assertThat(plan().toUpperCase(Locale.ROOT)).contains("WY_IDX_JOB_DUEDATE");
  }

  private String plan() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement explain = connection.createStatement();
        ResultSet rows = explain.executeQuery("explain " + ACQUISITION)) {
      StringBuilder plan = new StringBuilder();
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        for (int i = 1; i <= columns; i++) {
          plan.append(rows.getString(i)).append(' ');
        }
        plan.append('\n');
      }
      return plan.toString();
    }
  }

  private List<String> leadingColumns(String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
        try (ResultSet indexes =
            meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), name, false, true)) {
          while (indexes.next()) {
            if (indexes.getShort("ORDINAL_POSITION") == 1) {
              columns.add(indexes.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
            }
          }
        }
      }
    }
    return columns;
  }
}
