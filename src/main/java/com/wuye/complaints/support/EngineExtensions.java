package com.wuye.complaints.support;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/** For engine plugins: the one way each adds a parse listener or a command interceptor. */
public final class EngineExtensions {

  private EngineExtensions() {}

  /** A listener that sees each model element after the engine parsed it; from {@code preInit}. */
  public static void addParseListener(
      ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(listener);
  }

  /**
   * An interceptor around every command, outside its transaction, ahead of those added before it;
   * from {@code preInit}.
   */
  public static void addCommandInterceptor(
      ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    List<CommandInterceptor> interceptors =
        configuration.getCustomPreCommandInterceptorsTxRequired() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(0, interceptor);
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }
}
