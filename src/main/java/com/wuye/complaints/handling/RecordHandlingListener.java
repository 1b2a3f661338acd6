package com.wuye.complaints.handling;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintEventType;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.forms.StepInput;
import com.wuye.complaints.identity.Groups;
import com.wuye.complaints.repair.ComplaintRepairs;
import com.wuye.complaints.support.EngineClock;
import com.wuye.complaints.support.TaskActor;
import com.wuye.complaints.waiting.WaitingService;
import com.wuye.complaints.workcontact.WorkContactOrder;
import com.wuye.complaints.workcontact.WorkContactService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * UserTask_HandleComplaint, on complete: records the result and who handled it (R-VISIT-1 needs the
 * name); or, when the handler asks to escalate (R-ESC-4), the request and its reason; or, when the
 * handler names a specialist department (R-RESP), the work-contact order 工作联系单 for it. Any waiting
 * on the complainant or a third party (R-SEV-MAJOR/HOT) ends with the step. A step completed after
 * its due date is recorded as a missed handling deadline (R-KPI-1, on-time rate). Whatever the
 * outcome, a handler who ticks 需要维修 Repair needed issues a repair order 派工单 (R-REP-1) for the
 * complaint's requester and place, linked to the complaint and on its timeline.
 */
@Component
class RecordHandlingListener implements TaskListener {

  private final ComplaintService complaints;
  private final WaitingService waiting;
  private final WorkContactService workContacts;
  private final ComplaintRepairs repairs;
  private final EngineClock clock;

  RecordHandlingListener(
      ComplaintService complaints,
      WaitingService waiting,
      WorkContactService workContacts,
      ComplaintRepairs repairs,
      EngineClock clock) {
    this.complaints = complaints;
    this.waiting = waiting;
    this.workContacts = workContacts;
    this.repairs = repairs;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    long complaintId = (Long) task.getVariable(COMPLAINT_ID);
    String handler = TaskActor.required(task);
    String department =
        StepInput.optionalOneOf(task, ASSIST_DEPARTMENT, "协助部门", Groups.SPECIALIST_DEPARTMENTS);
    String request = StepInput.optionalText(task, ASSIST_REQUEST, "协助事项");
    // the form's choices are for this completion only: a later handling step starts from none
    task.removeVariable(ASSIST_DEPARTMENT);
    task.removeVariable(ASSIST_REQUEST);
    issueRepairIfAsked(task, complaintId, handler);
    // R-KPI-1: a step completed after its due date (whatever its outcome) missed the handling
    // deadline
    complaints.recordHandlingStepEnded(complaintId, task.getDueDate());
    if (Boolean.TRUE.equals(task.getVariable(ESCALATE))) {
      // R-ESC-4: not handled here; the reason goes with the complaint to the next level
      String reason = StepInput.requiredText(task, ESCALATION_REASON, "升级原因");
      complaints.recordEscalationRequest(complaintId, handler, reason);
      waiting.endWithHandlingStep(complaintId, handler, task.getId(), false);
      task.setVariable(ESCALATION_REQUESTED_BY, handler);
      return;
    }
    if (department != null) {
      // R-RESP: a specialist department assists; the handling comes back here when it is done
      if (request == null) {
        request = StepInput.requiredText(task, ASSIST_REQUEST, "协助事项");
      }
      waiting.endWithHandlingStep(complaintId, handler, task.getId(), true);
      WorkContactOrder order = workContacts.raise(complaintId, department, request, handler);
      task.setVariable(WORK_CONTACT_ORDER_ID, order.getId());
      task.setVariable(WORK_CONTACT_DEPARTMENT, department);
      task.setVariable(WORK_CONTACT_REQUEST, request);
      task.setVariable(WORK_CONTACT_DUE_AT, Date.from(order.getDueAt()));
      // R-SEV-IMPORTANT: what BoundaryEvent_OtherDepartmentNeeded reassesses with
      task.setVariable(NEEDS_OTHER_DEPARTMENTS, true);
      task.setVariable(CLASSIFICATION_TRIGGER, "ASSISTANCE");
      return;
    }
    String result = StepInput.requiredText(task, HANDLING_RESULT, "处理结果");

    waiting.endWithHandlingStep(complaintId, handler, task.getId(), false);
    complaints.recordHandling(complaintId, handler, result);

    task.setVariable(HANDLED_BY, handler);
  }

  /**
   * R-REP-1: a repair order for the complaint's requester and place, once per handling task (a
   * retried completion issues none again); the form's repair fields are for this completion only.
   */
  private void issueRepairIfAsked(DelegateTask task, long complaintId, String handler) {
    boolean asked = Boolean.TRUE.equals(task.getVariable(REPAIR_NEEDED));
    ComplaintRepairs.Ask ask =
        new ComplaintRepairs.Ask(
            task.getVariable(REPAIR_KIND),
            task.getVariable(REPAIR_FACILITY),
            task.getVariable(REPAIR_SIZE),
            task.getVariable(REPAIR_EMERGENCY),
            task.getVariable(REPAIR_DESCRIPTION));
    for (String field :
        java.util.List.of(
            REPAIR_NEEDED,
            REPAIR_KIND,
            REPAIR_FACILITY,
            REPAIR_SIZE,
            REPAIR_EMERGENCY,
            REPAIR_DESCRIPTION)) {
      task.removeVariable(field);
    }
    if (!asked) {
      return;
    }
    Complaint complaint = complaints.get(complaintId);
    ComplaintRepairs.Issued issued =
        repairs.issue(
            new ComplaintRepairs.ForComplaint(
                complaintId,
                complaint.getComplaintNo(),
                complaint.getChannel(),
                complaint.getComplainantName(),
                complaint.getComplainantPhone(),
                complaint.getCommunityCode(),
                complaint.getBuilding(),
                complaint.getUnit(),
                complaint.getRoom(),
                complaint.getDescription()),
            ask,
            task.getId(),
            handler,
            clock.now());
    if (!issued.again()) {
      complaints.recordEvent(
          complaintId,
          ComplaintEventType.REPAIR_ORDER_ISSUED,
          handler,
          "报修单已派 " + issued.orderNo() + " Repair order issued");
    }
  }
}
