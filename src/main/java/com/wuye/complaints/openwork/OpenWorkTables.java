package com.wuye.complaints.openwork;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
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

  private final JdbcTemplate jdbc;

  OpenWorkTables(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes a task's row; for a task already held, its reader rows take the new columns too. */
  void saveTask(TaskRow task, boolean isNew) {
    Object[] columns = {
      task.processKey(),
      task.tenantId(),
      task.assignee(),
      timestamp(task.dueDate()),
      timestamp(task.created()),
      task.taskId()
    };
    if (!isNew
        && jdbc.update(
                "update open_task set process_key = ?, tenant_id = ?, assignee = ?, due_date = ?,"
                    + " created = ? where task_id = ?",
                columns)
            > 0) {
      jdbc.update(
          "update open_task_reader set process_key = ?, tenant_id = ?, assignee = ?, due_date = ?,"
              + " created = ? where task_id = ?",
          columns);
      return;
    }
    jdbc.update(
        "insert into open_task (process_key, tenant_id, assignee, due_date, created, task_id)"
            + " values (?, ?, ?, ?, ?, ?)",
        columns);
  }

  void removeTask(String taskId) {
    jdbc.update("delete from open_task_reader where task_id = ?", taskId);
    jdbc.update("delete from open_task where task_id = ?", taskId);
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

  /** Whether the read model holds every open task (see {@link OpenWorkRebuild}). */
  boolean filled() {
    List<Boolean> filled =
        jdbc.queryForList("select filled from open_work_state where id = 1", Boolean.class);
    return !filled.isEmpty() && Boolean.TRUE.equals(filled.get(0));
  }

  private static Timestamp timestamp(Date date) {
    return date == null ? null : new Timestamp(date.getTime());
  }
}
