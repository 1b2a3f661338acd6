package com.wuye.complaints.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: a changed variable's history row is written without being read first, and ends exactly
 * as the engine's own handler leaves it — compared, scenario by scenario, with an engine without
 * the plugin (same history level, same process). Only the row's revision counter may differ (a
 * removal after a change in one command counts two here, one there).
 */
class VariableHistoryAsWrittenTest {

  private static final AtomicInteger HISTORY_READS = new AtomicInteger();
  private static ProcessEngine withPlugin;
  private static ProcessEngine plain;
  private static ProcessEngine fullWithPlugin;

  /**
   * A scenario: starts an instance with business key {@code key}, then changes its variables; with
   * the plugin, {@code reads} history rows are read by id while it does (a removal is the engine's
   * way, which reads the row).
   */
  private record Scenario(
      String key, Map<String, Object> start, BiConsumer<ProcessEngine, String> change, int reads) {

    Scenario(String key, Map<String, Object> start, BiConsumer<ProcessEngine, String> change) {
      this(key, start, change, 0);
    }
  }

  private static final List<Scenario> PRIMITIVE =
      List.of(
          new Scenario(
              "string",
              Map.of("v", "a"),
              (e, pi) -> e.getRuntimeService().setVariable(pi, "v", "b")),
          new Scenario(
              "numbers",
              Map.of("i", 1, "l", 2L, "d", 1.5, "b", true, "t", new Date(0)),
              (e, pi) ->
                  e.getRuntimeService()
                      .setVariables(
                          pi,
                          Map.of(
                              "i", 3, "l", 4L, "d", 2.5, "b", false, "t", new Date(86_400_000L)))),
          new Scenario(
              "type changes without bytes",
              Map.of("v", "text", "w", 7),
              (e, pi) -> {
                Map<String, Object> changed = new LinkedHashMap<>();
                changed.put("v", 8L);
                changed.put("w", null);
                e.getRuntimeService().setVariables(pi, changed);
                e.getRuntimeService().setVariable(pi, "w", "back");
              }),
          new Scenario(
              "twice in one command, then removed in another",
              Map.of("v", "a", "gone", "x"),
              (e, pi) -> {
                command(
                    e,
                    pi,
                    execution -> {
                      execution.setVariable("v", "b");
                      execution.setVariable("v", "c");
                    });
                e.getRuntimeService().removeVariable(pi, "gone");
              },
              1),
          new Scenario(
              "changed, then removed, in one command",
              Map.of("v", "a"),
              (e, pi) ->
                  command(
                      e,
                      pi,
                      execution -> {
                        execution.setVariable("v", "b");
                        execution.removeVariable("v");
                      }),
              1),
          new Scenario(
              "a task's local variable",
              Map.of(),
              (e, pi) -> {
                String task =
                    e.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(pi)
                        .singleResult()
                        .getId();
                e.getTaskService().setVariableLocal(task, "note", "first");
                e.getTaskService().setVariableLocal(task, "note", "second");
              }));

  private static final List<Scenario> WITH_BYTES =
      List.of(
          new Scenario(
              "text becomes an object",
              Map.of("v", "a"),
              (e, pi) ->
                  e.getRuntimeService().setVariable(pi, "v", new ArrayList<>(List.of("x", "y")))),
          new Scenario(
              "an object becomes text",
              Map.of("v", new ArrayList<>(List.of("x"))),
              (e, pi) -> e.getRuntimeService().setVariable(pi, "v", "plain")),
          new Scenario(
              "bytes become other bytes",
              Map.of("v", Variables.byteArrayValue(new byte[] {1, 2})),
              (e, pi) -> e.getRuntimeService().setVariable(pi, "v", new byte[] {3})),
          new Scenario(
              "text, then an object, in one command",
              Map.of("v", "a"),
              inOneCommand("v", "b", new ArrayList<>(List.of("x")))),
          new Scenario(
              "text, then an object, then text again, in one command",
              Map.of("v", "a"),
              inOneCommand("v", "b", new ArrayList<>(List.of("x")), "c")),
          new Scenario(
              "created and changed in one command", Map.of(), inOneCommand("fresh", "one", "two")));

  @BeforeAll
  static void engines() {
    withPlugin = engine("variable-history", "full-current-variables", true);
    plain = engine("variable-history-plain", "full-current-variables", false);
    fullWithPlugin = engine("variable-history-full", "full", true);
    for (ProcessEngine engine : List.of(withPlugin, plain, fullWithPlugin)) {
      engine
          .getRepositoryService()
          .createDeployment()
          .addModelInstance(
              "wait.bpmn",
              Bpmn.createExecutableProcess("wait")
                  .camundaHistoryTimeToLive(1)
                  .startEvent()
                  .userTask("task")
                  .endEvent()
                  .done())
          .deploy();
    }
  }

  @AfterAll
  static void close() {
    withPlugin.close();
    plain.close();
    fullWithPlugin.close();
  }

  @Test
  @DisplayName(
      "issue 18: values without bytes — the history rows end as the engine's own handler leaves them, and none is read by id first (the engine alone: one read per changed variable)")
  void primitiveChangesAreWrittenWithoutRead() throws SQLException {
    for (Scenario scenario : PRIMITIVE) {
      int plainReads = run(plain, scenario);
      int pluginReads = run(withPlugin, scenario);
      assertThat(rows(withPlugin, scenario.key()))
          .as(scenario.key())
          .isEqualTo(rows(plain, scenario.key()));
      assertThat(pluginReads)
          .as(scenario.key() + ": history rows read by id")
          .isEqualTo(scenario.reads());
      if (scenario.reads() == 0) {
        assertThat(plainReads).as(scenario.key() + ": the engine alone reads").isPositive();
      }
    }
  }

  @Test
  @DisplayName(
      "values with bytes on either side, and a variable created in the same command, go the engine's way: the same rows, the old bytes deleted")
  void bytesGoTheEnginesWay() throws SQLException {
    for (Scenario scenario : WITH_BYTES) {
      run(plain, scenario);
      run(withPlugin, scenario);
      assertThat(rows(withPlugin, scenario.key()))
          .as(scenario.key())
          .isEqualTo(rows(plain, scenario.key()));
    }
    assertThat(historyBytes(withPlugin)).isEqualTo(historyBytes(plain));
  }

  @Test
  @DisplayName(
      "history level full (a detail row per change) goes the engine's way: the row is read and the details are written")
  void fullHistoryGoesTheEnginesWay() throws SQLException {
    Scenario scenario = PRIMITIVE.get(0);
    assertThat(run(fullWithPlugin, scenario)).isPositive();
    assertThat(rows(fullWithPlugin, scenario.key()))
        .containsExactly("v|string|CREATED|b|null|null|null|false");
    assertThat(
            fullWithPlugin
                .getHistoryService()
                .createHistoricDetailQuery()
                .variableUpdates()
                .count())
        .isEqualTo(2);
  }

  /** Gives variable {@code name} each of {@code values} in turn, all in one command. */
  private static BiConsumer<ProcessEngine, String> inOneCommand(String name, Object... values) {
    return (engine, processInstance) ->
        command(
            engine,
            processInstance,
            execution -> {
              for (Object value : values) {
                execution.setVariable(name, value);
              }
            });
  }

  /** Runs the scenario on the engine; the history rows read by id while it changed them. */
  private static int run(ProcessEngine engine, Scenario scenario) {
    String pi =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey("wait", scenario.key(), scenario.start())
            .getId();
    HISTORY_READS.set(0);
    scenario.change().accept(engine, pi);
    return HISTORY_READS.get();
  }

  private static void command(
      ProcessEngine engine,
      String processInstance,
      java.util.function.Consumer<ExecutionEntity> work) {
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(
            context -> {
              work.accept(context.getExecutionManager().findExecutionById(processInstance));
              return null;
            });
  }

  /** The instance's history rows: name, type, state and values, in name order. */
  private static List<String> rows(ProcessEngine engine, String businessKey) throws SQLException {
    String sql =
        """
        select V.NAME_, V.VAR_TYPE_, V.STATE_, V.TEXT_, V.TEXT2_, V.LONG_, V.DOUBLE_,
               V.BYTEARRAY_ID_ is not null as BYTES_
        from ACT_HI_VARINST V join ACT_HI_PROCINST P on P.ID_ = V.PROC_INST_ID_
        where P.BUSINESS_KEY_ = ? order by V.NAME_, V.STATE_
        """;
    List<String> rows = new ArrayList<>();
    try (Connection connection = dataSource(engine).getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, businessKey);
      ResultSet result = statement.executeQuery();
      while (result.next()) {
        List<String> row = new ArrayList<>();
        for (int column = 1; column <= 8; column++) {
          row.add(String.valueOf(result.getObject(column)));
        }
        rows.add(String.join("|", row));
      }
    }
    return rows;
  }

  private static long historyBytes(ProcessEngine engine) throws SQLException {
    try (Connection connection = dataSource(engine).getConnection();
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "select count(*) from ACT_GE_BYTEARRAY where TYPE_ = 3")) { // history
      result.next();
      return result.getLong(1);
    }
  }

  private static DataSource dataSource(ProcessEngine engine) {
    return engine.getProcessEngineConfiguration().getDataSource();
  }

  private static ProcessEngine engine(String name, String historyLevel, boolean plugin) {
    List<ProcessEnginePlugin> plugins = new ArrayList<>();
    plugins.add(new HistoryLevelPlugin());
    if (plugin) {
      plugins.add(new VariableHistoryPlugin());
    }
    return CountingEngines.engine(
        name,
        plugins,
        "FROM ACT_HI_VARINST WHERE ID_",
        HISTORY_READS,
        configuration -> configuration.setHistory(historyLevel));
  }
}
