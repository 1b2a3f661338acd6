package com.wuye.complaints.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.complaints.support.DecisionTable;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision repair-charges: R-REP-4 the 100 RMB material threshold for the service-centre manager's
 * approval.
 */
class RepairChargesDecisionTest {

  private static final DecisionTable charges =
      DecisionTable.of("repair-charges.dmn", "repair-charges");

  @ParameterizedTest(name = "R-REP-4 {0} work with {1} RMB of material: manager approval {2}")
  @CsvSource({
    "LISTED, 99.99, false",
    "LISTED, 100, true",
    "OFF_LIST, 0, false",
    "OFF_LIST, 100, true",
    "OFF_LIST, 350.5, true",
    "FREE, 500, false"
  })
  @DisplayName(
      "R-REP-4 material of 100 RMB or more on paid work needs the service-centre manager; free work never")
  void needsTheManagerFromOneHundredRmbOfMaterial(
      String chargeType, double materialCost, boolean approval) {
    Object decided =
        charges
            .evaluate(Map.of("chargeType", chargeType, "materialCost", materialCost))
            .getSingleResult()
            .getSingleEntry();
    assertThat(decided).isEqualTo(approval);
  }
}
