package com.wuye.complaints.openwork;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Issue 18: hooks the read model of open work into the engine — the per-command session that writes
 * it, the authorization provider that notes per-task grants and candidate groups, the history
 * handler that notes task changes.
 */
@Component
class OpenWorkEnginePlugin extends AbstractProcessEnginePlugin {

  private final OpenWorkTables tables;

  OpenWorkEnginePlugin(OpenWorkTables tables) {
    this.tables = tables;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new OpenWorkGrants());
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(new OpenWorkSession.Factory(tables));
    if (configuration.getCustomHistoryEventHandlers() == null) {
      configuration.setCustomHistoryEventHandlers(new ArrayList<>());
    }
    configuration.getCustomHistoryEventHandlers().add(new OpenWorkHistory());
  }
}
