package com.wuye.complaints.returnvisit;

import com.wuye.complaints.support.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static com.wuye.complaints.complaint.ComplaintProcess.HANDLED_BY;

/**
 * UserTask_MakeReturnVisit, on assignment and on complete: R-VISIT-1 refuses the handler as visitor,
 * both when they claim the visit and, should they complete it unclaimed, when they complete it.
 */
@Component
public class ReturnVisitorCheckListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String handledBy = (String) task.getVariable(HANDLED_BY);
    String visitor = EVENTNAME_ASSIGNMENT.equals(task.getEventName()) ? task.getAssignee() : TaskActor.required(task);

    ReturnVisitPolicy.checkVisitor(handledBy, visitor);
  }
}
