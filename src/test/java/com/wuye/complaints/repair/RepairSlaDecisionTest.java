package com.wuye.complaints.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.complaints.support.DecisionTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision repair-sla: R-REP-2 arrival, R-REP-3 fix, R-VISIT-4 return visit, R-CUST-4 priority; one
 * value per output.
 */
class RepairSlaDecisionTest {

  private static final DecisionTable sla = DecisionTable.of("repair-sla.dmn", "repair-sla");

  static Map<String, Object> decide(
      String kind, String size, String facility, boolean emergency, boolean vip) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("repairKind", kind);
    inputs.put("publicSize", size);
    inputs.put("facilityType", facility);
    inputs.put("emergency", emergency);
    inputs.put("vip", vip);
    List<Map<String, Object>> rows = sla.evaluate(inputs).getResultList();
    return RepairDeadlinesListener.merge(rows);
  }

  @ParameterizedTest(name = "R-REP-3 {0} {1}: fixed within {2}, reminded after {3}")
  @CsvSource(
      nullValues = "null",
      value = {
        "HOUSEHOLD, null, PT8H, PT8H",
        "PUBLIC_FACILITY, SMALL, P1D, P1D",
        "PUBLIC_FACILITY, MEDIUM, P3D, P1D",
        "PUBLIC_FACILITY, LARGE, P5D, P2D"
      })
  @DisplayName(
      "R-REP-3 fix deadlines: 8 h household, public small same day, medium 1-3 days, large 2-5 days")
  void givesTheFixDeadlineAndReminder(String kind, String size, String fixWithin, String reminder) {
    Map<String, Object> result = decide(kind, size, "ORDINARY", false, false);

    assertThat(result)
        .containsEntry("fixWithin", fixWithin)
        .containsEntry("fixReminderAfter", reminder);
  }

  @ParameterizedTest(name = "R-REP-2 emergency {0}: arrives within {1}")
  @CsvSource({"false, PT15M", "true, PT30M"})
  @DisplayName(
      "R-REP-2 a technician arrives within 15 minutes, an emergency call-out off site within 30")
  void givesTheArrivalDeadline(boolean emergency, String arrivalWithin) {
    assertThat(decide("HOUSEHOLD", null, "ORDINARY", emergency, false))
        .containsEntry("arrivalWithin", arrivalWithin);
  }

  @ParameterizedTest(name = "R-VISIT-4 a {0} repair is visited within {1}")
  @CsvSource({"ORDINARY, P7D", "SAFETY, P2D", "LEAK, P3D"})
  @DisplayName("R-VISIT-4 repairs are visited within 7 days, safety installations 2, leaks 3")
  void givesTheReturnVisitDeadline(String facility, String within) {
    assertThat(decide("PUBLIC_FACILITY", "MEDIUM", facility, false, false))
        .containsEntry("returnVisitWithin", within);
  }

  @Test
  @DisplayName("R-CUST-4 VIP requests come first, then emergencies, then the rest")
  void putsVipFirst() {
    int vip = (Integer) decide("HOUSEHOLD", null, "ORDINARY", false, true).get("taskPriority");
    int vipEmergency = (Integer) decide("HOUSEHOLD", null, "LEAK", true, true).get("taskPriority");
    int emergency = (Integer) decide("HOUSEHOLD", null, "LEAK", true, false).get("taskPriority");
    int ordinary =
        (Integer) decide("HOUSEHOLD", null, "ORDINARY", false, false).get("taskPriority");

    assertThat(vip).isEqualTo(vipEmergency).isGreaterThan(emergency);
    assertThat(emergency).isGreaterThan(ordinary);
  }

  @Test
  @DisplayName(
      "every combination of inputs gets exactly one value per output; a public repair without a size is refused")
  void coversEveryCombinationOnce() {
    for (String kindAndSize :
        List.of(
            "HOUSEHOLD/",
            "PUBLIC_FACILITY/SMALL",
            "PUBLIC_FACILITY/MEDIUM",
            "PUBLIC_FACILITY/LARGE")) {
      String[] parts = kindAndSize.split("/", -1);
      for (String facility : List.of("ORDINARY", "SAFETY", "LEAK")) {
        for (boolean emergency : new boolean[] {false, true}) {
          for (boolean vip : new boolean[] {false, true}) {
            assertThat(
                    decide(
                        parts[0], parts[1].isEmpty() ? null : parts[1], facility, emergency, vip))
                .containsOnlyKeys(RepairDeadlinesListener.OUTPUTS);
          }
        }
      }
    }
    assertThatThrownBy(() -> decide("PUBLIC_FACILITY", null, "ORDINARY", false, false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fixWithin");
  }
}
