package com.wuye.complaints.engine;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Makes the history level "full-current-variables" ({@link CurrentVariablesHistoryLevel}) known to
 * the engine; application.yml chooses it (camunda.bpm.history-level). "full" and "audit" stay
 * available.
 */
@Component
class HistoryLevelPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomHistoryLevels() == null) {
      configuration.setCustomHistoryLevels(new ArrayList<>());
    }
    configuration.getCustomHistoryLevels().add(new CurrentVariablesHistoryLevel());
  }
}
