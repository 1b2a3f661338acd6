package com.wuye.complaints.returnvisit;

import static com.wuye.complaints.complaint.ComplaintProcess.COMPLAINT_ID;

import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.support.TaskActor;
import java.util.Set;
import java.util.function.LongFunction;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * UserTask_MakeReturnVisit, on assignment and on complete: R-VISIT-1 refuses as visitor everyone
 * who handled the complaint — after a reopen, the earlier handlers too — both when they claim the
 * visit and, should they complete it unclaimed, when they complete it.
 */
@Component
public class ReturnVisitorCheckListener implements TaskListener {

  private final LongFunction<Set<String>> handlersOf;

  @Autowired
  ReturnVisitorCheckListener(ComplaintService complaints) {
    this(complaints::handlersOf);
  }

  /**
   * With the handlers of a complaint from elsewhere (process tests run without the domain tables).
   */
  public ReturnVisitorCheckListener(LongFunction<Set<String>> handlersOf) {
    this.handlersOf = handlersOf;
  }

  @Override
  public void notify(DelegateTask task) {
    String visitor =
        EVENTNAME_ASSIGNMENT.equals(task.getEventName())
            ? task.getAssignee()
            : TaskActor.required(task);
    if (visitor == null) {
      return; // unclaimed
    }
    ReturnVisitPolicy.checkVisitor(
        handlersOf.apply((Long) task.getVariable(COMPLAINT_ID)), visitor);
  }
}
