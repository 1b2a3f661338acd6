package com.wuye.complaints.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
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
    Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
    if (mybatis.isResourceLoaded(MAPPING)) {
      return; // a shared session factory, already given it
    }
    try (InputStream xml =
        VariableHistoryPlugin.class.getClassLoader().getResourceAsStream(MAPPING)) {
      new XMLMapperBuilder(xml, mybatis, MAPPING, mybatis.getSqlFragments()).parse();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
