package com.wuye.complaints.repair;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Turns the rows of decision repair-sla (hit policy COLLECT: each matching rule, one per rule id,
 * gives some of the outputs) into one process variable per output: arrivalWithin, fixWithin,
 * fixReminderAfter, returnVisitWithin, taskPriority. The deadlines themselves are in the table
 * only.
 */
@Component
public class RepairDeadlinesListener implements ExecutionListener {

  static final String ROWS = "repairSlaRows";
  static final List<String> OUTPUTS =
      List.of(
          "arrivalWithin", "fixWithin", "fixReminderAfter", "returnVisitWithin", "taskPriority");

  @Override
  public void notify(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) execution.getVariable(ROWS);
    execution.setVariables(merge(rows));
    execution.removeVariable(ROWS);
  }

  /**
   * One value per output; an output no row or two rows give means the table is broken for these
   * inputs.
   */
  static Map<String, Object> merge(List<Map<String, Object>> rows) {
    Map<String, Object> merged = new HashMap<>();
    for (Map<String, Object> row : rows == null ? List.<Map<String, Object>>of() : rows) {
      row.forEach(
          (output, value) -> {
            if (value != null && merged.put(output, value) != null) {
              throw new IllegalStateException("repair-sla gives " + output + " twice");
            }
          });
    }
    for (String output : OUTPUTS) {
      if (!merged.containsKey(output)) {
        throw new IllegalStateException("repair-sla gives no " + output + " for these inputs");
      }
    }
    return merged;
  }
}
