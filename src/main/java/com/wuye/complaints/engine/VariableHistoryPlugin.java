package com.wuye.complaints.engine;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Issue 18: puts {@link VariableHistoryAsWritten} in place of the engine's history handler (every
 * other handler stays, after it) and gives the engine's MyBatis its one statement.
 */
@Component
class VariableHistoryPlugin extends AbstractProcessEnginePlugin {

  private static final String MAPPING = "com/wuye/complaints/engine/variable-history.xml";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomHistoryEventHandlers() == null) {
      configuration.setCustomHistoryEventHandlers(new ArrayList<>());
    }
    configuration.getCustomHistoryEventHandlers().add(0, new VariableHistoryAsWritten());
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(new VariableHistoryAsWritten.WrittenFactory());
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    EngineMappings.load(configuration, MAPPING);
  }
}
