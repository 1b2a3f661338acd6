package com.wuye.complaints.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * Issue 18: opens one of the platform's managers per command in place of the engine's manager of
 * that type ({@link DecisionLookupsPerCommand}, {@link AuthorizationGroupsAsGiven}, {@link
 * JobDefinitionsPerCommand}).
 */
record ManagerInPlace(Class<?> type, Supplier<Session> open) implements SessionFactory {

  /** Adds the given managers to the engine's session factories, before it is built. */
  static void install(ProcessEngineConfigurationImpl configuration, ManagerInPlace... managers) {
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().addAll(List.of(managers));
  }

  @Override
  public Class<?> getSessionType() {
    return type;
  }

  @Override
  public Session openSession() {
    return open.get();
  }
}
