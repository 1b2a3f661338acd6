package com.wuye.complaints.returnvisit;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

import static com.wuye.complaints.complaint.ComplaintProcess.COMPLAINT_ID;

/** UserTask_RectifyProblem, on create: R-VISIT-3 the notice goes to the groups that must rectify. */
@Component
class IssueRectificationNoticeListener implements TaskListener {

  private final RectificationService rectification;

  IssueRectificationNoticeListener(RectificationService rectification) {
    this.rectification = rectification;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> groups = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).toList();

    rectification.issueNotice((Long) task.getVariable(COMPLAINT_ID), groups, task.getDueDate());
  }
}
