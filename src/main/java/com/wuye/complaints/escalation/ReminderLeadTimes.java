package com.wuye.complaints.escalation;

import static com.wuye.complaints.complaint.ComplaintProcess.REMINDERS_DECISION;
import static com.wuye.complaints.complaint.ComplaintProcess.SEVERITY;

import com.wuye.complaints.support.DecisionTables;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * R-ESC-3, R-LOOP how long before the handling and feedback deadlines the handler is reminded, as
 * decision complaint-reminders (complaint-sla.dmn) gives them for the complaint's severity.
 */
@Component
class ReminderLeadTimes {

  private final DecisionTables tables;

  ReminderLeadTimes(DecisionTables tables) {
    this.tables = tables;
  }

  /** handleReminderBefore and feedbackReminderBefore, as ISO-8601 durations. */
  Map<String, Object> of(String severity) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put(SEVERITY, severity);
    return tables.row(REMINDERS_DECISION, inputs);
  }
}
