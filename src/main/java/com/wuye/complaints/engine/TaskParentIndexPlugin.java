package com.wuye.complaints.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Issue 18: an index on {@code ACT_RU_TASK.PARENT_TASK_ID_}, which Camunda's schema lacks. The
 * engine looks for a task's subtasks ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?})
 * every time it deletes a task — each completion, each escalation that replaces one — and without
 * an index each look-up reads every open task: 36 ms on H2 at 110,000 open tasks, most of the time
 * of 10,000 escalations due at once. Created once, after the engine has created or updated its own
 * tables (the engine owns them, so Flyway cannot: on a new database they do not exist yet when it
 * runs); nothing when an index on that column exists, by this name or another.
 */
@Component
class TaskParentIndexPlugin extends AbstractProcessEnginePlugin {

  static final String INDEX = "WY_IDX_TASK_PARENT";
  private static final Logger log = LoggerFactory.getLogger(TaskParentIndexPlugin.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String table = configuration.getDatabaseTablePrefix() + "ACT_RU_TASK";
    ensure(configuration.getDataSource(), table);
  }

  private static void ensure(DataSource dataSource, String table) {
    try (Connection connection = dataSource.getConnection()) {
      if (indexed(connection, table)) {
        return;
      }
      try (Statement create = connection.createStatement()) {
        create.execute("create index " + INDEX + " on " + table + " (PARENT_TASK_ID_)");
        if (!connection.getAutoCommit()) {
          connection.commit();
        }
        log.info("engine: index {} on {}(PARENT_TASK_ID_) created", INDEX, table);
      } catch (SQLException e) {
        // another node starting at the same time created it first
        if (!indexed(connection, table)) {
          throw e;
        }
      }
    } catch (SQLException e) {
      // the engine works without it, only slower: say so, do not stop the application
      log.warn(
          "engine: no index on {}(PARENT_TASK_ID_), task deletion reads the table: {}",
          table,
          e.toString());
    }
  }

  private static boolean indexed(Connection connection, String table) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
      try (ResultSet indexes =
          meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), name, false, true)) {
        while (indexes.next()) {
          if (indexes.getShort("ORDINAL_POSITION") == 1
              && "PARENT_TASK_ID_".equalsIgnoreCase(indexes.getString("COLUMN_NAME"))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
