package com.wuye.complaints.engine;

import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * History level "full-current-variables": everything of Camunda's "full" — process, activity, task,
 * decision and incident history, the user operation log (who claimed, reassigned, retried or
 * deleted what), identity-link history, and every variable with its latest value (ACT_HI_VARINST) —
 * except one ACT_HI_DETAIL row for every single write of every variable. Those rows were two of an
 * intake's round trips and 60 of its ~290 statements; the platform's own audit trail
 * (complaint_event and the domain tables) records what was decided, by whom and when.
 * docs/benchmarks.md has the numbers.
 *
 * <p>Its id is full's (3), so a database that ran with "full" starts with it unchanged and can go
 * back.
 */
final class CurrentVariablesHistoryLevel extends HistoryLevelFull {

  static final String NAME = "full-current-variables";

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    return eventType != HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
        && eventType != HistoryEventTypes.FORM_PROPERTY_UPDATE;
  }
}
