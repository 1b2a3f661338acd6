package com.wuye.complaints.engine;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Issue 18: fewer look-ups per engine command — {@link AuthorizationChecksByLookup} (or, with
 * {@code complaints.engine.authorization-checks-by-lookup: false}, only {@link
 * AuthorizationGroupsAsGiven}) in place of the engine's authorization manager and {@link
 * JobDefinitionsPerCommand} in place of its job definition manager.
 */
@Component
class EngineLookupsPlugin extends AbstractProcessEnginePlugin {

  private final boolean checksByLookup;

  EngineLookupsPlugin(
      @Value("${complaints.engine.authorization-checks-by-lookup:true}") boolean checksByLookup) {
    this.checksByLookup = checksByLookup;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Supplier<Session> authorizations =
        checksByLookup ? AuthorizationChecksByLookup::new : AuthorizationGroupsAsGiven::new;
    ManagerInPlace.install(
        configuration,
        new ManagerInPlace(AuthorizationManager.class, authorizations),
        new ManagerInPlace(JobDefinitionManager.class, JobDefinitionsPerCommand::new));
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    EngineMappings.load(configuration, AuthorizationChecksByLookup.MAPPING);
  }
}
