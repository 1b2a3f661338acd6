package com.wuye.complaints.returnvisit;

import static com.wuye.complaints.complaint.ComplaintProcess.COMPLAINT_ID;
import static com.wuye.complaints.complaint.ComplaintProcess.NOTIFY_GROUPS;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_NotifyRectificationNoticeOverdue: R-VISIT-3, the groups to tell are an input of the
 * model.
 */
@Component
class NotifyRectificationNoticeOverdueDelegate implements JavaDelegate {

  private final RectificationService rectification;

  NotifyRectificationNoticeOverdueDelegate(RectificationService rectification) {
    this.rectification = rectification;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    rectification.noticeOverdue(
        (Long) execution.getVariable(COMPLAINT_ID),
        (List<String>) execution.getVariable(NOTIFY_GROUPS));
  }
}
