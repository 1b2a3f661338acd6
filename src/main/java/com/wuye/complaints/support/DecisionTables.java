package com.wuye.complaints.support;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * The one way the code reads a number or a mapping from a decision table of {@code bpmn/}: the
 * decision's single matching row, evaluated as the process's own work ({@link SystemWork}), so what
 * the caller may see of decision definitions (their grants, their communities) does not matter.
 *
 * <p>Issue 18: inside an engine command (a delegate, a listener) the row is remembered per deployed
 * version of the decision and inputs. A deployed version never changes, so the same inputs give the
 * same row; a version an analyst deploys has a new id and is evaluated afresh from the next command
 * on (the command reads which version is the latest, once, as every evaluation does). A remembered
 * row is not evaluated again, so it is not recorded again in the decision history: the engine
 * records an evaluation against the process instance whose command made it, so only the first
 * complaint to need a row has that decision in its history. What the row decided stays on every
 * complaint anyway, as its variables and rows (the age thresholds, the reminder lead times, the
 * handler group, the scope); the process's own business rule tasks record every evaluation
 * as before. Outside a command the decision is evaluated every time, as before.
 */
@Component
public class DecisionTables {

  /** Rows remembered at most; then all are forgotten and read again as needed. */
  static final int MAX_REMEMBERED = 10_000;

  private final DecisionService decisions;
  private final Map<String, Map<String, Object>> remembered = new ConcurrentHashMap<>();

  public DecisionTables(DecisionService decisions) {
    this.decisions = decisions;
  }

  /** The single output of the single matching row of decision {@code key}. */
  public <T> T single(String key, Map<String, Object> inputs) {
    return onlyOutput(key, inputs, row(key, inputs));
  }

  /**
   * As {@link #single}, evaluated every time, never remembered: for inputs without a small set of
   * values (a count of complainants), whose rows remembering would keep one by one.
   */
  public <T> T singleEvaluatedEachTime(String key, Map<String, Object> inputs) {
    return onlyOutput(key, inputs, SystemWork.run(() -> evaluated(key, inputs, null)));
  }

  /** Output {@code output} of the single matching row of decision {@code key}. */
  @SuppressWarnings("unchecked")
  public <T> T output(String key, Map<String, Object> inputs, String output) {
    return (T) found(key, inputs, row(key, inputs)).get(output);
  }

  /**
   * The outputs, by name, of the single matching row of decision {@code key}; null when no row
   * matches. Unmodifiable.
   */
  public Map<String, Object> row(String key, Map<String, Object> inputs) {
    return SystemWork.run(
        () -> {
          CommandContext command = Context.getCommandContext();
          if (command == null) {
            return evaluated(key, inputs, null);
          }
          DecisionDefinitionEntity latest =
              command.getDecisionDefinitionManager().findLatestDecisionDefinitionByKey(key);
          if (latest == null) {
            return evaluated(key, inputs, null); // the engine's own error for an unknown key
          }
          String version = latest.getId() + keyOf(inputs);
          Map<String, Object> row = remembered.get(version);
          if (row == null) {
            row = evaluated(key, inputs, latest.getId());
            if (row != null) {
              if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
              }
              remembered.put(version, row);
            }
          }
          return row;
        });
  }

  /**
   * The inputs as a key: by name, each value with its type (a decision compares "1" and 1
   * differently) and a date to the millisecond (its toString stops at the second).
   */
  private static String keyOf(Map<String, Object> inputs) {
    StringBuilder key = new StringBuilder();
    new TreeMap<>(inputs)
        .forEach(
            (name, value) ->
                key.append('|')
                    .append(name)
                    .append('=')
                    .append(value == null ? "null" : value.getClass().getName())
                    .append(':')
                    .append(value instanceof java.util.Date date ? date.getTime() : value));
    return key.toString();
  }

  private static Map<String, Object> found(
      String key, Map<String, Object> inputs, Map<String, Object> row) {
    if (row == null) {
      throw new IllegalStateException("no row of decision " + key + " matches " + inputs);
    }
    return row;
  }

  @SuppressWarnings("unchecked")
  private static <T> T onlyOutput(String key, Map<String, Object> inputs, Map<String, Object> row) {
    Map<String, Object> outputs = found(key, inputs, row);
    if (outputs.size() > 1) {
      throw new IllegalStateException(
          "decision " + key + " has " + outputs.size() + " outputs, not one: " + outputs.keySet());
    }
    return outputs.isEmpty() ? null : (T) outputs.values().iterator().next();
  }

  /** Evaluates the latest version of {@code key}, or version {@code id} when given. */
  private Map<String, Object> evaluated(String key, Map<String, Object> inputs, String id) {
    DmnDecisionRuleResult row =
        (id == null
                ? decisions.evaluateDecisionTableByKey(key, inputs)
                : decisions.evaluateDecisionTableById(id, inputs))
            .getSingleResult();
    // outputs may be null, so no Map.copyOf
    return row == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(row.getEntryMap()));
  }
}
