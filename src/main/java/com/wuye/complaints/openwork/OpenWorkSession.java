package com.wuye.complaints.openwork;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

  @Override
  public void flush() {
    if (touched.isEmpty()) {
      return;
    }
    CommandContext context = Context.getCommandContext();
    DbEntityManager entities = context.getDbEntityManager();
    for (String taskId : touched) {
      TaskEntity task = entities.getDbEntityCache().get(TaskEntity.class, taskId);
      if (task == null) {
        task = context.getTaskManager().findTaskById(taskId);
      }
      if (task == null || task.isDeleted()) {
        tables.removeTask(taskId);
        continue;
      }
      boolean isNew = entities.getDbEntityCache().isTransient(task);
      tables.saveTask(row(task), isNew);
      for (ReaderChange change : readers) {
        if (change.taskId().equals(taskId)) {
          if (change.added()) {
            tables.addReader(taskId, change.kind(), change.readerId(), isNew);
          } else {
            tables.removeReader(taskId, change.kind(), change.readerId());
          }
        }
      }
    }
    touched.clear();
    readers.clear();
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
