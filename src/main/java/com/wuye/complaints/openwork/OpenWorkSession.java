package com.wuye.complaints.openwork;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Issue 18: what one engine command changed of open work, written to the read model when the
 * command flushes — in the engine's transaction, from the tasks' final state in the command (so the
 * order in which the engine raised its events does not matter). Opened by the engine for every
 * command that touches a task ({@link OpenWorkEnginePlugin}).
 */
class OpenWorkSession implements Session {

  private record ReaderChange(String taskId, String kind, String readerId, boolean added) {}

  private final OpenWorkTables tables;
  private final Set<String> touched = new LinkedHashSet<>();
  private final List<ReaderChange> readers = new ArrayList<>();

  OpenWorkSession(OpenWorkTables tables) {
    this.tables = tables;
  }

  /** The session of the running command, or null outside one. */
  static OpenWorkSession current() {
    CommandContext context = Context.getCommandContext();
    return context == null ? null : context.getSession(OpenWorkSession.class);
  }

  void touched(String taskId) {
    if (taskId != null) {
      touched.add(taskId);
    }
  }

  void readerAdded(String taskId, String kind, String readerId) {
    if (taskId != null && readerId != null) {
      touched.add(taskId);
      readers.add(new ReaderChange(taskId, kind, readerId, true));
    }
  }

  void readerRemoved(String taskId, String kind, String readerId) {
    if (taskId != null && readerId != null) {
      touched.add(taskId);
      readers.add(new ReaderChange(taskId, kind, readerId, false));
    }
  }

  /**
   * Issue 18: the command's changes as one statement per table and kind of change, not one per row:
   * the rows of tasks that are gone (a delete per table), of new tasks (a multi-row insert), the
   * columns of each changed task (an update per table), and the reader rows that go (one delete)
   * and come (one multi-row insert, or upsert where a row may be held already). What each task and
   * reader ends as in the command decides: a reader added and removed again is not written.
   */
  @Override
  public void flush() {
    if (touched.isEmpty()) {
      return;
    }
    CommandContext context = Context.getCommandContext();
    DbEntityManager entities = context.getDbEntityManager();
    List<String> gone = new ArrayList<>();
    Map<String, OpenWorkTables.TaskRow> open = new LinkedHashMap<>();
    Map<String, OpenWorkTables.TaskRow> inserted = new LinkedHashMap<>();
    Set<String> held = new HashSet<>(); // written by an earlier command: reader rows may exist
    for (String taskId : touched) {
      TaskEntity task = entities.getDbEntityCache().get(TaskEntity.class, taskId);
      if (task == null) {
        task = context.getTaskManager().findTaskById(taskId);
      }
      if (task == null || task.isDeleted()) {
        gone.add(taskId);
        continue;
      }
      OpenWorkTables.TaskRow row = row(task);
      open.put(taskId, row);
      if (entities.getDbEntityCache().isTransient(task)) {
        inserted.put(taskId, row);
      } else {
        held.add(taskId);
      }
    }
    // what each reader ends as: the last change of a (task, kind, reader) wins
    Map<OpenWorkTables.Reader, Boolean> finalReaders = new LinkedHashMap<>();
    for (ReaderChange change : readers) {
      if (open.containsKey(change.taskId())) {
        OpenWorkTables.Reader reader =
            new OpenWorkTables.Reader(change.taskId(), change.kind(), change.readerId());
        finalReaders.remove(reader); // keeps the order of the last change
        finalReaders.put(reader, change.added());
      }
    }
    touched.clear();
    readers.clear();

    if (!gone.isEmpty()) {
      tables.removeTasks(gone);
    }
    for (String taskId : held) {
      if (!tables.updateTask(open.get(taskId))) {
        inserted.put(taskId, open.get(taskId)); // not held after all (an unfilled read model)
      }
    }
    if (!inserted.isEmpty()) {
      tables.insertTasks(inserted.values());
    }
    List<OpenWorkTables.Reader> removed = new ArrayList<>();
    List<OpenWorkTables.Reader> added = new ArrayList<>();
    boolean mayExist = false;
    for (Map.Entry<OpenWorkTables.Reader, Boolean> reader : finalReaders.entrySet()) {
      boolean ofHeldTask = held.contains(reader.getKey().taskId());
      if (reader.getValue()) {
        added.add(reader.getKey());
        mayExist |= ofHeldTask;
      } else if (ofHeldTask) {
        removed.add(reader.getKey()); // a new task's reader was never written
      }
    }
    if (!removed.isEmpty()) {
      tables.removeReaders(removed);
    }
    if (!added.isEmpty()) {
      tables.addReaders(added, open, mayExist);
    }
  }

  private static OpenWorkTables.TaskRow row(TaskEntity task) {
    String processKey = null;
    if (task.getProcessDefinitionId() != null) {
      ProcessDefinitionEntity definition =
          Context.getProcessEngineConfiguration()
              .getDeploymentCache()
              .findDeployedProcessDefinitionById(task.getProcessDefinitionId());
      processKey = definition == null ? null : definition.getKey();
    }
    return new OpenWorkTables.TaskRow(
        task.getId(),
        processKey,
        task.getTenantId(),
        task.getAssignee(),
        task.getDueDate(),
        task.getCreateTime());
  }

  @Override
  public void close() {
    // nothing held
  }

  /** Opens one session per command for the engine. */
  static final class Factory implements SessionFactory {

    private final OpenWorkTables tables;

    Factory(OpenWorkTables tables) {
      this.tables = tables;
    }

    @Override
    public Class<?> getSessionType() {
      return OpenWorkSession.class;
    }

    @Override
    public Session openSession() {
      return new OpenWorkSession(tables);
    }
  }
}
