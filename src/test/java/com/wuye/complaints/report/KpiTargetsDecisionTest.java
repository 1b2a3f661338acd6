package com.wuye.complaints.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.complaints.support.DecisionTable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The kpi-targets table on its own: the R-KPI-1 targets the company wrote down, one row each. */
class KpiTargetsDecisionTest {

  private static final DecisionTable decision = DecisionTable.of("kpi-targets.dmn", "kpi-targets");

  @Test
  @DisplayName(
      "R-KPI-1 satisfaction >= 85 %, on time 100 %, return visits 100 %, complaint rate < 1 %, first response <= 24 h; repairs: satisfaction >= 85 %, return visits and on time 100 %; for the company and any community")
  void givesTheCompanysTargets() {
    for (String community : new String[] {"", "huayuan"}) {
      Map<String, String> targets = new LinkedHashMap<>();
      decision
          .evaluate(Variables.createVariables().putValue("community", community))
          .getResultList()
          .forEach(
              row ->
                  targets.put(
                      (String) row.get("kpi"), row.get("comparison") + " " + row.get("target")));
      assertThat(targets)
          .containsExactly(
              Map.entry("satisfactionRate", ">= 0.85"),
              Map.entry("handledOnTimeRate", ">= 1.0"),
              Map.entry("returnVisitRate", ">= 1.0"),
              Map.entry("complaintRate", "< 0.01"),
              Map.entry("averageFirstResponseHours", "<= 24.0"),
              Map.entry("repairs.satisfactionRate", ">= 0.85"),
              Map.entry("repairs.returnVisitRate", ">= 1.0"),
              Map.entry("repairs.onTimeRate", ">= 1.0"));
    }
  }

  @Test
  @DisplayName("R-KPI-1 a figure meets its target by the table's comparison; no figure, no verdict")
  void comparesByTheTablesOperator() {
    assertThat(new KpiTargets.Target(">=", 0.85).met(0.85)).isTrue();
    assertThat(new KpiTargets.Target(">=", 0.85).met(0.8499)).isFalse();
    assertThat(new KpiTargets.Target("<", 0.01).met(0.01)).isFalse();
    assertThat(new KpiTargets.Target("<=", 24).met(24.0)).isTrue();
    assertThat(new KpiTargets.Target("<=", 24).met(null)).isNull();
  }
}
