package com.wuye.complaints.returnvisit;

import static com.wuye.complaints.complaint.ComplaintProcess.COMPLAINT_ID;

import com.wuye.complaints.complaint.ComplaintService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Complaints still running on a process version from before the written notice (R-VISIT-3,
 * UserTask_IssueRectificationNotice) call this on their rectify task's creation: as those versions
 * did, the notice goes out at once to the task's groups, with the problem the visit found. Current
 * versions never reach it. Remove it once no such complaint is running (docs/operations.md).
 */
@Component("issueRectificationNoticeListener")
class LegacyRectificationNoticeListener implements TaskListener {

  private final RectificationService rectification;
  private final ComplaintService complaints;

  LegacyRectificationNoticeListener(
      RectificationService rectification, ComplaintService complaints) {
    this.rectification = rectification;
    this.complaints = complaints;
  }

  @Override
  public void notify(DelegateTask task) {
    long complaintId = (Long) task.getVariable(COMPLAINT_ID);
    String problem = complaints.get(complaintId).getProblemDescription();
    task.getCandidates().stream()
        .filter(
            link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .forEach(
            link ->
                rectification.issueNotice(
                    complaintId,
                    "system",
                    link.getGroupId(),
                    problem == null || problem.isBlank()
                        ? "回访发现问题 a problem found on the return visit"
                        : problem));
  }
}
