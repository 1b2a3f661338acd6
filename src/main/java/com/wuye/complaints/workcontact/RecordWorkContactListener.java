package com.wuye.complaints.workcontact;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.forms.StepInput;
import com.wuye.complaints.support.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * UserTask_CarryOutWorkContactOrder, on complete: R-RESP the department's result is recorded on the
 * order; the handling takes it from there.
 */
@Component
class RecordWorkContactListener implements TaskListener {

  private final WorkContactService workContacts;

  RecordWorkContactListener(WorkContactService workContacts) {
    this.workContacts = workContacts;
  }

  @Override
  public void notify(DelegateTask task) {
    String result = StepInput.requiredText(task, WORK_CONTACT_RESULT, "执行结果");

    workContacts.complete(
        (Long) task.getVariable(WORK_CONTACT_ORDER_ID), TaskActor.required(task), result);

    // the handling step comes back: no order is pending any more
    task.removeVariable(WORK_CONTACT_DEPARTMENT);
    task.removeVariable(WORK_CONTACT_ORDER_ID);
  }
}
