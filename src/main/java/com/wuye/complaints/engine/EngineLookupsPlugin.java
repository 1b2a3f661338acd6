package com.wuye.complaints.engine;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Issue 18: fewer look-ups per engine command — {@link AuthorizationGroupsAsGiven} in place of the
 * engine's authorization manager and {@link JobDefinitionsPerCommand} in place of its job
 * definition manager.
 */
@Component
class EngineLookupsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(new AuthorizationGroupsAsGiven.Factory());
    configuration.getCustomSessionFactories().add(new JobDefinitionsPerCommand.Factory());
  }
}
