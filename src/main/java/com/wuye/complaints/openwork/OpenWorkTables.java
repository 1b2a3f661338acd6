package com.wuye.complaints.openwork;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Issue 18: the writes to the read model of open work ({@code open_task}, {@code
 * open_task_reader}), on the caller's connection — inside a command, the engine's transaction.
 */
@Component
class OpenWorkTables {

  /** Kinds of reader rows: a candidate group, a group and a user holding a per-task READ grant. */
  static final String CANDIDATE_GROUP = "C";

  static final String GROUP = "G";
  static final String USER = "U";

  /** A task's columns as the read model keeps them. */
  record TaskRow(
      String taskId,
      String processKey,
      String tenantId,
      String assignee,
      Date dueDate,
      Date created) {}

  /** A reader row of a task: the key of {@code open_task_reader}. */
  record Reader(String taskId, String kind, String readerId) {}

  /**
   * Rows per multi-row statement: far below the placeholder limits (MySQL 65,535), so a command
   * that touches hundreds of tasks still writes a few statements per table.
   */
  static final int ROWS_PER_STATEMENT = 500;

  private static final String READER_COLUMNS =
      "task_id, kind, reader_id, process_key, tenant_id, assignee, due_date, created";

  private final JdbcTemplate jdbc;

  /** The engine's database type (h2, mysql, mariadb, …), once known. */
  private volatile String database;

  OpenWorkTables(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The reader row, with the columns of the task's row (written first). */
  void addReader(String taskId, String kind, String readerId, boolean isNew) {
    if (!isNew) {
      removeReader(taskId, kind, readerId);
    }
    jdbc.update(
        "insert into open_task_reader (task_id, kind, reader_id, process_key, tenant_id, assignee,"
            + " due_date, created) select task_id, ?, ?, process_key, tenant_id, assignee,"
            + " due_date, created from open_task where task_id = ?",
        kind,
        readerId,
        taskId);
  }

  void removeReader(String taskId, String kind, String readerId) {
    jdbc.update(
        "delete from open_task_reader where task_id = ? and kind = ? and reader_id = ?",
        taskId,
        kind,
        readerId);
  }

  /**
   * Issue 18: the rows of tasks no longer open, one statement per table (per {@link
   * #ROWS_PER_STATEMENT} tasks).
   */
  void removeTasks(Collection<String> taskIds) {
    for (List<String> chunk : chunks(List.copyOf(taskIds))) {
      String in = placeholders(chunk.size(), "?");
      Object[] ids = chunk.toArray();
      jdbc.update("delete from open_task_reader where task_id in (" + in + ")", ids);
      jdbc.update("delete from open_task where task_id in (" + in + ")", ids);
    }
  }

  /** Issue 18: the rows of tasks the read model does not hold yet, one multi-row insert. */
  void insertTasks(Collection<TaskRow> rows) {
    for (List<TaskRow> chunk : chunks(List.copyOf(rows))) {
      List<Object> args = new ArrayList<>();
      for (TaskRow task : chunk) {
        args.add(task.processKey());
        args.add(task.tenantId());
        args.add(task.assignee());
        args.add(timestamp(task.dueDate()));
        args.add(timestamp(task.created()));
        args.add(task.taskId());
      }
      jdbc.update(
          "insert into open_task (process_key, tenant_id, assignee, due_date, created, task_id)"
              + " values "
              + placeholders(chunk.size(), "(?, ?, ?, ?, ?, ?)"),
          args.toArray());
    }
  }

  /**
   * Issue 18: a task already held takes its new columns, in its row and its reader rows; false if
   * the read model does not hold it (then nothing was written).
   */
  boolean updateTask(TaskRow task) {
    Object[] columns = {
      task.processKey(),
      task.tenantId(),
      task.assignee(),
      timestamp(task.dueDate()),
      timestamp(task.created()),
      task.taskId()
    };
    if (jdbc.update(
            "update open_task set process_key = ?, tenant_id = ?, assignee = ?, due_date = ?,"
                + " created = ? where task_id = ?",
            columns)
        == 0) {
      return false;
    }
    jdbc.update(
        "update open_task_reader set process_key = ?, tenant_id = ?, assignee = ?, due_date = ?,"
            + " created = ? where task_id = ?",
        columns);
    return true;
  }

  /**
   * Issue 18: reader rows that go, one statement (a disjunction of their keys). The disjunction is
   * narrowed by its task ids first: H2 reads a disjunction of composite keys by scanning the whole
   * table (300,000 rows at 100,000 open tasks, ~45 ms a statement), but an IN list on the key's
   * first column by index.
   */
  void removeReaders(Collection<Reader> readers) {
    for (List<Reader> chunk : chunks(List.copyOf(readers))) {
      List<Object> args = new ArrayList<>();
      java.util.Set<String> taskIds = new java.util.LinkedHashSet<>();
      for (Reader reader : chunk) {
        taskIds.add(reader.taskId());
      }
      args.addAll(taskIds);
      for (Reader reader : chunk) {
        args.add(reader.taskId());
        args.add(reader.kind());
        args.add(reader.readerId());
      }
      jdbc.update(
          "delete from open_task_reader where task_id in ("
              + String.join(", ", Collections.nCopies(taskIds.size(), "?"))
              + ") and ("
              + String.join(
                  " or ",
                  Collections.nCopies(chunk.size(), "(task_id = ? and kind = ? and reader_id = ?)"))
              + ")",
          args.toArray());
    }
  }

  /**
   * Issue 18: reader rows with their task's columns, one multi-row statement. {@code mayExist}:
   * some of them may already be held (a task written by an earlier command), so the statement
   * replaces those — {@code merge} on H2, {@code on duplicate key update} on MySQL/MariaDB; on
   * another database a delete of those keys first. Rows of tasks new in the command are plain
   * inserts.
   */
  void addReaders(Collection<Reader> readers, Map<String, TaskRow> tasks, boolean mayExist) {
    String database = mayExist ? database() : "";
    if (mayExist && !"h2".equals(database) && !isMySql(database)) {
      removeReaders(readers);
      database = "";
    }
    for (List<Reader> chunk : chunks(List.copyOf(readers))) {
      List<Object> args = new ArrayList<>();
      for (Reader reader : chunk) {
        TaskRow task = tasks.get(reader.taskId());
        args.add(reader.taskId());
        args.add(reader.kind());
        args.add(reader.readerId());
        args.add(task.processKey());
        args.add(task.tenantId());
        args.add(task.assignee());
        args.add(timestamp(task.dueDate()));
        args.add(timestamp(task.created()));
      }
      String values = placeholders(chunk.size(), "(?, ?, ?, ?, ?, ?, ?, ?)");
      String sql;
      if ("h2".equals(database)) {
        sql =
            "merge into open_task_reader ("
                + READER_COLUMNS
                + ") key (task_id, kind, reader_id) values "
                + values;
      } else if (isMySql(database)) {
        sql =
            "insert into open_task_reader ("
                + READER_COLUMNS
                + ") values "
                + values
                + " on duplicate key update process_key = values(process_key), tenant_id ="
                + " values(tenant_id), assignee = values(assignee), due_date = values(due_date),"
                + " created = values(created)";
      } else {
        sql = "insert into open_task_reader (" + READER_COLUMNS + ") values " + values;
      }
      jdbc.update(sql, args.toArray());
    }
  }

  /** Whether the read model holds every open task (see {@link OpenWorkRebuild}). */
  boolean filled() {
    List<Boolean> filled =
        jdbc.queryForList("select filled from open_work_state where id = 1", Boolean.class);
    return !filled.isEmpty() && Boolean.TRUE.equals(filled.get(0));
  }

  private String database() {
    if (database == null) {
      database =
          Context.getProcessEngineConfiguration() != null
              ? Context.getProcessEngineConfiguration().getDatabaseType()
              : "";
    }
    return database;
  }

  private static boolean isMySql(String database) {
    return "mysql".equals(database) || "mariadb".equals(database);
  }

  private static <T> List<List<T>> chunks(List<T> all) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += ROWS_PER_STATEMENT) {
      chunks.add(all.subList(from, Math.min(all.size(), from + ROWS_PER_STATEMENT)));
    }
    return chunks;
  }

  private static String placeholders(int rows, String row) {
    return String.join(", ", Collections.nCopies(rows, row));
  }

  private static Timestamp timestamp(Date date) {
    return date == null ? null : new Timestamp(date.getTime());
  }
}
