package com.wuye.complaints.engine;

import java.lang.reflect.Field;
import java.util.Map;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * Issue 18: the engine's history handler, writing a changed variable's history row (ACT_HI_VARINST)
 * without reading it first. The engine reads the row by id before every update of a variable — one
 * round trip per changed variable: an age escalation changes seven — only to copy the new value
 * into it and to delete the old value's bytes. Here, when neither the old value nor the new one has
 * bytes (strings, numbers, dates, booleans: what the processes keep), the update is written from
 * the change itself ({@code variable-history.xml}), in the command's flush, after the engine's own
 * writes of the same row; every other case (bytes, a row already read or written in this command,
 * the detail rows of history level "full", migration, creation, deletion) goes the engine's way.
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
    if (writtenAsChanged(event)) {
      getDbEntityManager()
          .updatePreserveOrder(HistoricVariableInstanceEntity.class, STATEMENT, event);
    } else {
      super.insertHistoricVariableUpdateEntity(event);
    }
  }

  private boolean writtenAsChanged(HistoricVariableUpdateEventEntity event) {
    if (LOADED == null
        || !event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE)
        || event.getByteValue() != null
        || shouldWriteHistoricDetail(event)) {
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
}
