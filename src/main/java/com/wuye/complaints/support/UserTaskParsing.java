package com.wuye.complaints.support;

import java.util.function.BiConsumer;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * For engine plugins that attach behaviour to every user task as the models are deployed (task
 * titles, the named-staff guard): registers a parse listener that hands each user task's activity
 * and definition to the plugin.
 */
public final class UserTaskParsing {

  private UserTaskParsing() {}

  /** Call from a plugin's {@code preInit}. */
  public static void onEachUserTask(
      ProcessEngineConfigurationImpl configuration,
      BiConsumer<ActivityImpl, TaskDefinition> action) {
    EngineExtensions.addParseListener(
        configuration,
        new AbstractBpmnParseListener() {
          @Override
          public void parseUserTask(
              Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            action.accept(
                activity,
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition());
          }
        });
  }
}
