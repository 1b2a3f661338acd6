package com.wuye.complaints.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.dmn.DecisionEvaluationBuilder;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: the latest versions of the decisions are read once per command, and every lookup
 * answers as the engine's own does — compared with an engine without the plugin on the same
 * deployments.
 */
class DecisionLookupsPerCommandTest {

  private static final AtomicInteger DECISION_READS = new AtomicInteger();
  private static ProcessEngine withPlugin;
  private static ProcessEngine plain;

  @BeforeAll
  static void engines() {
    withPlugin = engine("decision-lookups", List.of(new DecisionLookupPlugin()));
    plain = engine("decision-lookups-plain", List.of());
    for (ProcessEngine engine : List.of(withPlugin, plain)) {
      deploy(engine, "lookup-test", "one", null);
      deploy(engine, "tenant-test", "shared", null);
      deploy(engine, "tenant-test", "t1's own", "t1");
      deploy(engine, "t1-only", "t1's only", "t1");
      deploy(engine, "other-test", "other", null);
    }
  }

  @AfterAll
  static void close() {
    withPlugin.close();
    plain.close();
  }

  @Test
  @DisplayName(
      "one command looking up three decisions three times reads the definitions once (the engine alone: once per decision)")
  void readsOncePerCommand() {
    DECISION_READS.set(0);
    command(
        withPlugin,
        context -> {
          for (int i = 0; i < 3; i++) {
            latest(context, "lookup-test");
            latest(context, "t1-only");
            latest(context, "other-test");
          }
          return null;
        });
    assertThat(DECISION_READS).hasValue(1);
  }

  @Test
  @DisplayName(
      "a version deployed after a command read the decisions counts from the next command on")
  void seesNewVersionsInTheNextCommand() {
    String before =
        command(
            withPlugin,
            (org.camunda.bpm.engine.impl.interceptor.Command<String>)
                context -> latest(context, "lookup-test"));
    deploy(withPlugin, "lookup-test", "two", null);
    String after =
        command(
            withPlugin,
            (org.camunda.bpm.engine.impl.interceptor.Command<String>)
                context -> latest(context, "lookup-test"));
    assertThat(after).isNotEqualTo(before);
    assertThat(answer(withPlugin, engine -> evaluate(engine, "lookup-test"))).isEqualTo("two");
    deploy(withPlugin, "lookup-test", "one", null); // as the other tests expect it
  }

  @Test
  @DisplayName(
      "every lookup answers as the engine's own: shared and tenant versions, with and without the tenant check, unknown keys")
  void answersAsTheEngineDoes() {
    List<Function<ProcessEngine, String>> lookups = new ArrayList<>();
    for (String key : List.of("lookup-test", "tenant-test", "t1-only", "no-such-decision")) {
      for (List<String> tenants : List.of(List.<String>of(), List.of("t1"), List.of("t2"))) {
        lookups.add(engine -> asTenants(engine, tenants, () -> evaluate(engine, key)));
      }
      for (UnaryOperator<DecisionEvaluationBuilder> tenant :
          List.<UnaryOperator<DecisionEvaluationBuilder>>of(
              builder -> builder,
              builder -> builder.decisionDefinitionTenantId("t1"),
              DecisionEvaluationBuilder::decisionDefinitionWithoutTenantId)) {
        lookups.add(
            engine ->
                evaluateAs(
                    tenant
                        .apply(engine.getDecisionService().evaluateDecisionTableByKey(key))
                        .variables(x())));
      }
    }
    for (Function<ProcessEngine, String> lookup : lookups) {
      assertThat(answer(withPlugin, lookup)).isEqualTo(answer(plain, lookup));
    }
  }

  private static Map<String, Object> x() {
    return Map.of("x", "a");
  }

  private static String evaluate(ProcessEngine engine, String key) {
    return evaluateAs(engine.getDecisionService().evaluateDecisionTableByKey(key).variables(x()));
  }

  private static String evaluateAs(DecisionEvaluationBuilder builder) {
    org.camunda.bpm.dmn.engine.DmnDecisionTableResult result = builder.evaluate();
    return result.getSingleEntry();
  }

  private static String asTenants(
      ProcessEngine engine, List<String> tenants, java.util.function.Supplier<String> work) {
    engine.getIdentityService().setAuthentication("someone", List.of(), tenants);
    try {
      return work.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** The answer, or the kind of refusal. */
  private static String answer(ProcessEngine engine, Function<ProcessEngine, String> lookup) {
    try {
      return lookup.apply(engine);
    } catch (RuntimeException refused) {
      return "refused: " + refused.getClass().getSimpleName();
    }
  }

  private static <T> T command(
      ProcessEngine engine, org.camunda.bpm.engine.impl.interceptor.Command<T> command) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(command);
  }

  private static String latest(CommandContext context, String key) {
    return context
        .getProcessEngineConfiguration()
        .getDeploymentCache()
        .findDeployedLatestDecisionDefinitionByKey(key)
        .getId();
  }

  private static ProcessEngine engine(
      String name, List<org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin> plugins) {
    return CountingEngines.engine(
        name, plugins, "FROM ACT_RE_DECISION_DEF", DECISION_READS, configuration -> {});
  }

  private static void deploy(ProcessEngine engine, String key, String answer, String tenant) {
    String dmn =
        """
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
            xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="lookups" name="lookups" namespace="test">
          <decision id="%s" name="Lookup test" camunda:historyTimeToLive="P1D">
            <decisionTable id="table">
              <input id="input" label="x">
                <inputExpression id="inputExpression" typeRef="string"><text>x</text></inputExpression>
              </input>
              <output id="output" name="answer" typeRef="string" />
              <rule id="rule">
                <inputEntry id="any"><text></text></inputEntry>
                <outputEntry id="out"><text>"%s"</text></outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """
            .formatted(key, answer);
    engine
        .getRepositoryService()
        .createDeployment()
        .addString(key + ".dmn", dmn)
        .tenantId(tenant)
        .deploy();
  }
}
