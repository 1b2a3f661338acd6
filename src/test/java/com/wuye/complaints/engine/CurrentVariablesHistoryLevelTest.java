package com.wuye.complaints.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CurrentVariablesHistoryLevelTest {

  private final CurrentVariablesHistoryLevel level = new CurrentVariablesHistoryLevel();

  @Test
  @DisplayName(
      "a database that ran with history level full accepts full-current-variables (the same id) and can go back")
  void hasTheIdOfFull() {
    assertThat(level.getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
    assertThat(level.getName()).isEqualTo("full-current-variables");
  }

  @Test
  @DisplayName(
      "no detail row per variable write; every other history of full stays: user operation log, variables' latest values, tasks, decisions, identity links")
  void dropsOnlyTheDetailRowPerVariableWrite() {
    assertThat(
            level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, null))
        .isFalse();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.FORM_PROPERTY_UPDATE, null))
        .isFalse();
    for (HistoryEventTypes kept : HistoryEventTypes.values()) {
      if (kept != HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
          && kept != HistoryEventTypes.FORM_PROPERTY_UPDATE) {
        assertThat(level.isHistoryEventProduced(kept, null)).as(kept.name()).isTrue();
      }
    }
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.USER_OPERATION_LOG, null)).isTrue();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, null))
        .isTrue();
    assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, null))
        .isTrue();
  }
}
