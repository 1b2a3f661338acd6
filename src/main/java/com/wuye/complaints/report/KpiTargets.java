package com.wuye.complaints.report;

import com.wuye.complaints.support.SystemWork;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** R-KPI-1 the targets beside each figure, from the DMN decision {@code kpi-targets} a manager changes (bpmn/kpi-targets.dmn). */
@Component
class KpiTargets {

  static final String DECISION = "kpi-targets";

  private final DecisionService decisions;

  KpiTargets(DecisionService decisions) {
    this.decisions = decisions;
  }

  /** Target per figure name; the first row naming a figure wins. */
  Map<String, Target> forCommunity(String community) {
    Map<String, Target> targets = new LinkedHashMap<>();
    SystemWork.run(() -> decisions.evaluateDecisionTableByKey(DECISION,
        Variables.createVariables().putValue("community", community == null ? "" : community)))
        .getResultList()
        .forEach(row -> targets.putIfAbsent((String) row.get("kpi"),
            new Target((String) row.get("comparison"), ((Number) row.get("target")).doubleValue())));
    return targets;
  }

  /** How a figure is compared with its target: {@code >=}, {@code >}, {@code <=} or {@code <}. */
  record Target(String comparison, double target) {

    /** Whether the figure meets the target; null when there is no figure (nothing to count). */
    Boolean met(Double figure) {
      if (figure == null) {
        return null;
      }
      return switch (comparison) {
        case ">=" -> figure >= target;
        case ">" -> figure > target;
        case "<=" -> figure <= target;
        case "<" -> figure < target;
        default -> throw new IllegalStateException("kpi-targets: unknown comparison " + comparison);
      };
    }
  }
}
