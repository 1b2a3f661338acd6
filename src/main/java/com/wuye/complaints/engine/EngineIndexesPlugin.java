package com.wuye.complaints.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Issue 18: indexes Camunda's schema lacks, on columns the engine reads by. Created once each,
 * after the engine has created or updated its own tables (the engine owns them, so Flyway cannot:
 * on a new database they do not exist yet when it runs); nothing when an index that starts with
 * that column exists, by this name or another.
 */
@Component
class EngineIndexesPlugin extends AbstractProcessEnginePlugin {

  /** One index: its name, the engine's table (without prefix), the column and why. */
  record EngineIndex(String name, String table, String column, String withoutIt) {}

  static final List<EngineIndex> INDEXES =
      List.of(
          // the engine looks for a task's subtasks (select * from ACT_RU_TASK where
          // PARENT_TASK_ID_ = ?) every time it deletes a task — each completion, each escalation
          // that replaces one: 36 ms on H2 at 110,000 open tasks without it
          new EngineIndex(
              "WY_IDX_TASK_PARENT",
              "ACT_RU_TASK",
              "PARENT_TASK_ID_",
              "task deletion reads every open task"),
          // the job executor acquires due jobs in due-date order (jobExecutorAcquireByDueDate):
          // with this index it reads the first due jobs and stops; without it every acquisition
          // reads and sorts every job, timers due in weeks too
          new EngineIndex(
              "WY_IDX_JOB_DUEDATE",
              "ACT_RU_JOB",
              "DUEDATE_",
              "each job acquisition reads every job"));

  private static final Logger log = LoggerFactory.getLogger(EngineIndexesPlugin.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    for (EngineIndex index : INDEXES) {
      ensure(
          configuration.getDataSource(),
          configuration.getDatabaseTablePrefix() + index.table(),
          index);
    }
  }

  private static void ensure(DataSource dataSource, String table, EngineIndex index) {
    try (Connection connection = dataSource.getConnection()) {
      if (indexed(connection, table, index.column())) {
        return;
      }
      try (Statement create = connection.createStatement()) {
        create.execute(
            "create index " + index.name() + " on " + table + " (" + index.column() + ")");
        if (!connection.getAutoCommit()) {
          connection.commit();
        }
        log.info("engine: index {} on {}({}) created", index.name(), table, index.column());
      } catch (SQLException e) {
        // another node starting at the same time created it first
        if (!indexed(connection, table, index.column())) {
          throw e;
        }
      }
    } catch (SQLException e) {
      // the engine works without it, only slower: say so, do not stop the application
      log.warn(
          "engine: no index on {}({}), {}: {}",
          table,
          index.column(),
          index.withoutIt(),
          e.toString());
    }
  }

  private static boolean indexed(Connection connection, String table, String column)
      throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
      try (ResultSet indexes =
          meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), name, false, true)) {
        while (indexes.next()) {
          if (indexes.getShort("ORDINAL_POSITION") == 1
              && column.equalsIgnoreCase(indexes.getString("COLUMN_NAME"))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
