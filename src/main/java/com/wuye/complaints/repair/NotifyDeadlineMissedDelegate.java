package com.wuye.complaints.repair;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_NotifyArrivalMissed (R-REP-2) and ServiceTask_NotifyFixOverdue (R-REP-3): the model
 * says which notice ({@code notice}), under which rule ({@code ruleId}), for which deadline ({@code
 * missedDeadline}) and to which staff groups ({@code noticeGroups}, comma-separated); the requester
 * is always told.
 */
@Component
class NotifyDeadlineMissedDelegate implements JavaDelegate {

  private final RepairNotices notices;

  NotifyDeadlineMissedDelegate(RepairNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date deadline = (Date) execution.getVariableLocal("missedDeadline");
    String groups = (String) execution.getVariableLocal("noticeGroups");
    notices.deadlineMissed(
        (String) execution.getVariable(RepairProcess.REPAIR_NO),
        (String) execution.getVariableLocal("notice"),
        (String) execution.getVariableLocal("ruleId"),
        deadline == null ? null : deadline.toInstant(),
        groups == null || groups.isBlank()
            ? List.of()
            : Arrays.stream(groups.split(",")).map(String::strip).toList());
  }
}
