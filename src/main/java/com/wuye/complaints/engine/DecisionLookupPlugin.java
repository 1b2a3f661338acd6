package com.wuye.complaints.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionManager;
import org.springframework.stereotype.Component;

/**
 * Issue 18: puts {@link DecisionLookupsPerCommand} in place of the engine's decision definition
 * manager (the latest version of a decision asked once per command, not once per evaluation).
 */
@Component
class DecisionLookupPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ManagerInPlace.install(
        configuration,
        new ManagerInPlace(DecisionDefinitionManager.class, DecisionLookupsPerCommand::new));
  }
}
