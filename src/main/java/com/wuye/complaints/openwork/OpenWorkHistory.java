package com.wuye.complaints.openwork;

import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Issue 18: every task's creation, change (assignee, due date, migration), completion and deletion
 * — also when a process instance is cancelled or deleted, which skips task listeners — reaches the
 * engine's history handlers, so the read model learns of it here, in the same command.
 */
class OpenWorkHistory implements HistoryEventHandler {

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event instanceof HistoricTaskInstanceEventEntity task) {
      OpenWorkSession session = OpenWorkSession.current();
      if (session != null) {
        session.touched(task.getTaskId());
      }
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }
}
