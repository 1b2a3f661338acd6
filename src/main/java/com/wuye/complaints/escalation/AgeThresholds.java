package com.wuye.complaints.escalation;

import static com.wuye.complaints.complaint.ComplaintProcess.ESCALATION_DECISION;

import com.wuye.complaints.support.DecisionTables;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * R-ESC-2 after how long an unresolved complaint becomes at least HOT and MAJOR, as decision
 * complaint-escalation (complaint-severity.dmn) gives them. complaint-severity requires the same
 * decision for its days-unresolved rows, so the age timers and the classification read one model.
 */
@Component
class AgeThresholds {

  private final DecisionTables tables;

  AgeThresholds(DecisionTables tables) {
    this.tables = tables;
  }

  /** hotAfter and majorAfter, as ISO-8601 durations. */
  Map<String, Object> decided() {
    return tables.row(ESCALATION_DECISION, Map.of());
  }
}
