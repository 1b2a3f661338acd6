package com.wuye.complaints.escalation;

import static com.wuye.complaints.complaint.ComplaintProcess.REMINDERS_DECISION;
import static com.wuye.complaints.complaint.ComplaintProcess.SEVERITY;

import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * R-ESC-3, R-LOOP how long before the handling and feedback deadlines the handler is reminded, as
 * decision complaint-reminders (complaint-sla.dmn) gives them for the complaint's severity.
 */
@Component
class ReminderLeadTimes {

  private final DecisionService decisions;

  ReminderLeadTimes(DecisionService decisions) {
    this.decisions = decisions;
  }

  /** handleReminderBefore and feedbackReminderBefore, as ISO-8601 durations. */
  Map<String, Object> of(String severity) {
    return decisions
        .evaluateDecisionTableByKey(
            REMINDERS_DECISION, Variables.createVariables().putValue(SEVERITY, severity))
        .getSingleResult()
        .getEntryMap();
  }
}
