package com.wuye.complaints.engine;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * Issue 18: the engine's history handler, writing a changed variable's history row (ACT_HI_VARINST)
 * without reading it first. The engine reads the row by id before every update of a variable — one
 * round trip per changed variable: an age escalation changes seven — only to copy the new value
 * into it and to delete the old value's bytes. Here, when neither the old value nor the new one has
 * bytes (strings, numbers, dates, booleans: what the processes keep), the update is written from
 * the change itself ({@code variable-history.xml}): one update per variable and command, with the
 * latest values, in the command's flush, after the engine's own writes of the same row. Every other
 * case (bytes, a row already read or written in this command, the detail rows of history level
 * "full", migration, creation, deletion) goes the engine's way; a later value with bytes in the
 * same command withdraws the update and goes the engine's way too.
 *
 * <p>"The old value had no bytes" is what the engine read for the variable at the start of the
 * command (the cache's copy of the row it loaded): a variable's history row holds bytes exactly
 * when its value does. Without that copy the engine's way is taken.
 */
class VariableHistoryAsWritten extends DbHistoryEventHandler {

  static final String STATEMENT = "updateHistoricVariableInstanceAsWritten";

  /** The row as the engine loaded it (CachedDbEntity keeps it to find what changed). */
  private static final Field LOADED = loadedState();

  @Override
  protected void insertHistoricVariableUpdateEntity(HistoricVariableUpdateEventEntity event) {
    if (!event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE)) {
      // creation, removal, migration: the engine's way. A removal after an update written as
      // changed keeps that update: it runs after the engine's write of the row, with the latest
      // values, as the engine's own would have written them
      super.insertHistoricVariableUpdateEntity(event);
      return;
    }
    Map<String, Row> rows = Context.getCommandContext().getSession(Written.class).rows;
    String id = event.getVariableInstanceId();
    Row row = rows.get(id);
    boolean bytes = event.getByteValue() != null;
    if (row != null && !bytes) {
      row.change = event; // still the one update, with the latest values
      return;
    }
    if (row != null) {
      // bytes now: the update is withdrawn, and the engine writes the row its way, from the row as
      // the command found it
      row.id = null;
      rows.remove(id);
    } else if (!bytes && writtenAsChanged(event)) {
      row = new Row(event);
      rows.put(id, row);
      getDbEntityManager()
          .updatePreserveOrder(HistoricVariableInstanceEntity.class, STATEMENT, row);
      return;
    }
    super.insertHistoricVariableUpdateEntity(event);
  }

  /** Whether a change without bytes of a variable loaded in this command may skip the read. */
  private boolean writtenAsChanged(HistoricVariableUpdateEventEntity event) {
    if (LOADED == null || shouldWriteHistoricDetail(event)) {
      return false;
    }
    DbEntityManager db = getDbEntityManager();
    String id = event.getVariableInstanceId();
    if (db.getCachedEntity(HistoricVariableInstanceEntity.class, id) != null) {
      return false; // read or written in this command already: the engine's way costs nothing
    }
    CachedDbEntity variable =
        db.getDbEntityCache().getCachedEntity(VariableInstanceEntity.class, id);
    return variable != null
        && variable.getEntityState() == DbEntityState.PERSISTENT
        && loadedWithoutBytes(variable);
  }

  private static boolean loadedWithoutBytes(CachedDbEntity variable) {
    try {
      // the engine's state of a variable row names its bytes only when it has some
      return LOADED.get(variable) instanceof Map<?, ?> row
          && row.containsKey("executionId")
          && row.get("byteArrayValueId") == null;
    } catch (IllegalAccessException e) {
      return false;
    }
  }

  private static Field loadedState() {
    try {
      Field copy = CachedDbEntity.class.getDeclaredField("copy");
      copy.setAccessible(true);
      return copy;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null; // another engine version: always the engine's way
    }
  }

  /**
   * The parameter of one history row's update, read when the command flushes: a later change of the
   * same variable in the same command replaces its values, and a later value with bytes withdraws
   * it ({@code ID_ = null} matches no row).
   */
  static final class Row {

    private String id;
    private HistoricVariableUpdateEventEntity change;

    private Row(HistoricVariableUpdateEventEntity change) {
      this.id = change.getVariableInstanceId();
      this.change = change;
    }

    public String getId() {
      return id;
    }

    public HistoricVariableUpdateEventEntity getChange() {
      return change;
    }
  }

  /** The rows written as changed in one command, by variable id. */
  static final class Written implements Session {

    private final Map<String, Row> rows = new HashMap<>();

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  static final class WrittenFactory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return Written.class;
    }

    @Override
    public Session openSession() {
      return new Written();
    }
  }
}
