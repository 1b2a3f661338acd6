package com.wuye.complaints.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionManager;
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
    ManagerInPlace.install(
        configuration,
        new ManagerInPlace(AuthorizationManager.class, AuthorizationGroupsAsGiven::new),
        new ManagerInPlace(JobDefinitionManager.class, JobDefinitionsPerCommand::new));
  }
}
