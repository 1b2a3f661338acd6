package com.wuye.complaints.report;

import com.wuye.complaints.support.SystemWork;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * R-KPI-1 the targets beside each figure, from the latest deployed DMN decision {@code kpi-targets}
 * a manager changes (bpmn/kpi-targets.dmn). Evaluated by a DMN engine of its own, so reading a
 * report writes no decision history and needs no write transaction.
 */
@Component
class KpiTargets {

  static final String DECISION = "kpi-targets";

  private final RepositoryService repository;
  private final DmnEngine dmn =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();

  KpiTargets(RepositoryService repository) {
    this.repository = repository;
  }

  /** Target per figure name; the first row naming a figure wins. */
  Map<String, Target> forCommunity(String community) {
    DmnDecision decision = latest();
    Map<String, Target> targets = new LinkedHashMap<>();
    dmn.evaluateDecisionTable(
            decision,
            Variables.createVariables().putValue("community", community == null ? "" : community))
        .getResultList()
        .forEach(
            row ->
                targets.putIfAbsent(
                    (String) row.get("kpi"),
                    new Target(
                        (String) row.get("comparison"),
                        ((Number) row.get("target")).doubleValue())));
    return targets;
  }

  private DmnDecision latest() {
    DecisionDefinition definition =
        SystemWork.run(
            () ->
                repository
                    .createDecisionDefinitionQuery()
                    .decisionDefinitionKey(DECISION)
                    .latestVersion()
                    .singleResult());
    return parsed.computeIfAbsent(
        definition.getId(),
        id -> {
          try (InputStream model = SystemWork.run(() -> repository.getDecisionModel(id))) {
            return dmn.parseDecision(DECISION, model);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
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
