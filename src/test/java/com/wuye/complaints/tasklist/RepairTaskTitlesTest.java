package com.wuye.complaints.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-REP-1 repair tasks read in a Tasklist list: slip number, facility, emergency, unit and
 * deadline.
 */
class RepairTaskTitlesTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Test
  @DisplayName(
      "R-REP-1 a repair task's title names the slip, the facility type, an emergency, the unit and the deadline in Beijing time")
  void titlesARepairTask() {
    String title =
        TaskTitles.repairTitle(
            "Arrive on site 到场",
            "PG-20261129-0003",
            "LEAK",
            true,
            "3",
            "2",
            "1502",
            Date.from(Instant.parse("2026-11-29T02:15:00Z")),
            SHANGHAI);

    assertThat(title)
        .isEqualTo(
            "Arrive on site 到场 · PG-20261129-0003 · 漏水 LEAK · 紧急 · 3-2-1502 · 限 11-29 10:15");
  }

  @Test
  @DisplayName(
      "R-REP-1 titling a repair task again keeps one title, and leaves out what the order does not have")
  void retitlesWithoutRepeating() {
    String first =
        TaskTitles.repairTitle(
            "Fix fault 维修", "PG-20261129-0004", "ORDINARY", false, "9", null, null, null, SHANGHAI);
    String again =
        TaskTitles.repairTitle(
            first, "PG-20261129-0004", "ORDINARY", false, "9", null, null, null, SHANGHAI);

    assertThat(again)
        .isEqualTo(first)
        .isEqualTo("Fix fault 维修 · PG-20261129-0004 · 一般 ORDINARY · 9");
  }
}
