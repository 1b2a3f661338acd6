package com.wuye.complaints.repair;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.complaints.support.DecisionTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-REP-6 return-visit sampling: the rates of decision repair-visit-sampling, applied by
 * RepairVisitSampling.
 */
class RepairVisitSamplingTest {

  private static List<RepairVisitSampling.Rate> rates;

  @BeforeAll
  static void readRates() {
    rates =
        RepairVisitSampling.rates(
            DecisionTable.of("repair-visit-sampling.dmn", "repair-visit-sampling")
                .evaluate(Map.of("repairKind", "HOUSEHOLD"))
                .getResultList());
  }

  @Test
  @DisplayName(
      "R-REP-6 the table's rates: service-centre manager 10 %, customer-service supervisor 30 %, repair lead 60 %")
  void ratesComeFromTheDecision() {
    assertThat(rates)
        .containsExactlyInAnyOrder(
            new RepairVisitSampling.Rate("service-center-manager", 10),
            new RepairVisitSampling.Rate("customer-supervisor", 30),
            new RepairVisitSampling.Rate("engineering-supervisor", 60));
  }

  @Test
  @DisplayName(
      "R-REP-6 of 1,000 slips (ten days of 100) the manager samples at least 10 %, the supervisor 30 %, the repair lead 60 %")
  void samplesAtLeastTheRatesOfAThousandSlips() {
    Map<String, Integer> chosen = count(slips(10, 100));

    assertThat(chosen.get("service-center-manager")).isGreaterThanOrEqualTo(100);
    assertThat(chosen.get("customer-supervisor")).isGreaterThanOrEqualTo(300);
    assertThat(chosen.get("engineering-supervisor")).isGreaterThanOrEqualTo(600);
  }

  @Test
  @DisplayName(
      "R-REP-6 of a month's closed slips (30 days, 3-40 a day, a random 80 % of them closed) each group samples about its rate")
  void samplesAboutTheRatesOfAMonthsClosedSlips() {
    Random random = new Random(17);
    List<String> closed = new ArrayList<>();
    for (int day = 1; day <= 30; day++) {
      int perDay = 3 + random.nextInt(38);
      for (int seq = 1; seq <= perDay; seq++) {
        if (random.nextDouble() < 0.8) {
          closed.add(String.format("PG-202611%02d-%04d", day, seq));
        }
      }
    }
    Map<String, Integer> chosen = count(closed);
    for (RepairVisitSampling.Rate rate : rates) {
      double share = 100.0 * chosen.get(rate.samplerGroup()) / closed.size();
      assertThat(share)
          .as(rate.samplerGroup() + " of " + closed.size())
          .isBetween(rate.ratePercent() - 4.0, rate.ratePercent() + 6.0);
    }
  }

  @Test
  @DisplayName(
      "R-REP-6 the choice is deterministic and auditable: the same slip always falls in the same bucket, recomputable from its number")
  void choosesTheSameWayEveryTime() {
    for (String slip : slips(3, 50)) {
      assertThat(RepairVisitSampling.chosen(slip, rates))
          .isEqualTo(RepairVisitSampling.chosen(slip, rates));
      for (RepairVisitSampling.Rate rate : rates) {
        int bucket = RepairVisitSampling.bucket(slip, rate.samplerGroup());
        assertThat(bucket).isBetween(0, 99);
        assertThat(RepairVisitSampling.chosen(slip, rates).contains(rate.samplerGroup()))
            .isEqualTo(bucket < rate.ratePercent());
      }
    }
    assertThat(RepairVisitSampling.bucket("PG-20261129-0001", "service-center-manager"))
        .isNotEqualTo(RepairVisitSampling.bucket("PG-20261129-0002", "service-center-manager"));
  }

  private static List<String> slips(int days, int perDay) {
    List<String> slips = new ArrayList<>();
    for (int day = 1; day <= days; day++) {
      for (int seq = 1; seq <= perDay; seq++) {
        slips.add(String.format("PG-202611%02d-%04d", day, seq));
      }
    }
    return slips;
  }

  private static Map<String, Integer> count(List<String> slips) {
    Map<String, Integer> chosen = new HashMap<>();
    rates.forEach(rate -> chosen.put(rate.samplerGroup(), 0));
    for (String slip : slips) {
      RepairVisitSampling.chosen(slip, rates)
          .forEach(group -> chosen.merge(group, 1, Integer::sum));
    }
    return chosen;
  }
}
