package com.wuye.complaints.engine;

import com.wuye.complaints.support.EngineExtensions;
import java.lang.reflect.Field;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.behavior.DmnBusinessRuleTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.core.model.BaseCallableElement;
import org.camunda.bpm.engine.impl.dmn.result.DecisionResultMapper;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.DecisionEvaluationUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Issue 18: a business rule task whose model says {@code transientResult = true} (an extension
 * property, visible in Camunda Modeler) keeps its result variable in memory only: the step after it
 * reads the result in the same transaction, turns it into plain variables and rows, and the
 * decision's own history (inputs, outputs, the rule that matched) stays the record. Without it the
 * engine Java-serialized a map of the outputs into a variable, and though the next step removed the
 * variable in the same transaction, its history row and binary row stayed, one each per decision.
 *
 * <p>A result that must live beyond the next wait state (a timer, a user task, an asynchronous
 * continuation) must not be marked: the step that reads it would find nothing.
 */
@Component
class TransientDecisionResults extends AbstractProcessEnginePlugin {

  /** The extension property a business rule task opts in with. */
  static final String PROPERTY = "transientResult";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineExtensions.addParseListener(
        configuration,
        new AbstractBpmnParseListener() {
          @Override
          public void parseBusinessRuleTask(
              Element element, ScopeImpl scope, ActivityImpl activity) {
            if (marked(element)) {
              activity.setActivityBehavior(transientBehaviour(element, activity));
            }
          }
        });
  }

  private static boolean marked(Element task) {
    Element extensions = task.element("extensionElements");
    Element properties =
        extensions == null
            ? null
            : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (properties == null) {
      return false;
    }
    return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
        .anyMatch(p -> PROPERTY.equals(p.attribute("name")) && "true".equals(p.attribute("value")));
  }

  private static DmnBusinessRuleTaskActivityBehavior transientBehaviour(
      Element task, ActivityImpl activity) {
    if (!(activity.getActivityBehavior() instanceof DmnBusinessRuleTaskActivityBehavior dmn)) {
      throw new ProcessEngineException(
          activity.getId() + ": " + PROPERTY + " needs a decision (camunda:decisionRef)");
    }
    String resultVariable =
        task.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "resultVariable");
    if (resultVariable == null) {
      throw new ProcessEngineException(
          activity.getId() + ": " + PROPERTY + " needs camunda:resultVariable");
    }
    // the same names the engine's parser reads (its default mapper is resultList)
    DecisionResultMapper mapper =
        DecisionEvaluationUtil.getDecisionResultMapperForName(
            task.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "mapDecisionResult"));
    DecisionResultMapper inMemory =
        result -> Variables.untypedValue(mapper.mapDecisionResult(result), true);
    return new DmnBusinessRuleTaskActivityBehavior(
        callableElementOf(dmn), resultVariable, inMemory);
  }

  /** The decision reference the engine parsed (binding, version, tenant): kept as it is. */
  private static BaseCallableElement callableElementOf(DmnBusinessRuleTaskActivityBehavior dmn) {
    try {
      Field field = DmnBusinessRuleTaskActivityBehavior.class.getDeclaredField("callableElement");
      field.setAccessible(true);
      return (BaseCallableElement) field.get(dmn);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Camunda's business rule task changed shape", e);
    }
  }
}
