package com.wuye.complaints.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * One decision of a deployed model file (bpmn/*.dmn), parsed by a plain DMN engine: what the
 * decision tests evaluate, without Spring or a process engine.
 */
public final class DecisionTable {

  private static final DmnEngine DMN =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  private final DmnDecision decision;

  private DecisionTable(DmnDecision decision) {
    this.decision = decision;
  }

  /** The decision {@code key} of {@code /bpmn/<file>}. */
  public static DecisionTable of(String file, String key) {
    try (InputStream model = DecisionTable.class.getResourceAsStream("/bpmn/" + file)) {
      if (model == null) {
        throw new IllegalArgumentException("no model /bpmn/" + file);
      }
      return new DecisionTable(DMN.parseDecision(key, model));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The table's matched rules for these inputs. */
  public DmnDecisionTableResult evaluate(Map<String, Object> inputs) {
    return DMN.evaluateDecisionTable(decision, inputs);
  }

  /** The decision's result for these inputs (a table or a literal expression). */
  public DmnDecisionResult decide(Map<String, Object> inputs) {
    return DMN.evaluateDecision(decision, inputs);
  }
}
