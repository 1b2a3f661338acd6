package com.wuye.complaints.handling;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.forms.StepInput;
import com.wuye.complaints.notification.ComplainantNoticeService;
import com.wuye.complaints.support.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * UserTask_GiveFeedback, on complete: the complainant has been told the result. R-LOOP the result
 * also goes to them in writing by their channel (unless they declined), in the same transaction.
 */
@Component
class RecordFeedbackListener implements TaskListener {

  private final ComplaintService complaints;
  private final ComplainantNoticeService notices;

  RecordFeedbackListener(ComplaintService complaints, ComplainantNoticeService notices) {
    this.complaints = complaints;
    this.notices = notices;
  }

  @Override
  public void notify(DelegateTask task) {
    long complaintId = (Long) task.getVariable(COMPLAINT_ID);
    FeedbackMethod method =
        StepInput.requiredEnum(task, FEEDBACK_METHOD, "反馈方式", FeedbackMethod.class);
    String note = StepInput.requiredText(task, FEEDBACK_NOTE, "反馈内容");

    complaints.recordFeedback(complaintId, TaskActor.required(task), method.name(), note);
    notices.tellResult(complaintId, (String) task.getVariable(COMPLAINT_NO), note);
  }
}
