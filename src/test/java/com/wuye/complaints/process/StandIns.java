package com.wuye.complaints.process;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.complaint.Severity;
import com.wuye.complaints.returnvisit.ReturnVisitorCheckListener;
import com.wuye.complaints.support.TaskActor;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stand-ins for the delegates that touch the domain tables, so a process test runs on the engine
 * alone. They set the variables the real ones set; the integration tests run the real ones.
 * The R-VISIT-1 check is the real listener: it touches no table.
 */
final class StandIns {

  private static final AtomicLong IDS = new AtomicLong();

  private StandIns() {
  }

  static void register() {
    Mocks.register("registerComplaintDelegate", (JavaDelegate) execution -> {
      long id = IDS.incrementAndGet();
      String no = String.format("TS-20261122-%04d", id);
      execution.setProcessBusinessKey(no);
      execution.setVariable(COMPLAINT_ID, id);
      execution.setVariable(COMPLAINT_NO, no);
      defaultTo(execution, COLLECTIVE_SIZE, 1);
      defaultTo(execution, SAME_ISSUE_COMPLAINANTS, 1);
      for (String flag : new String[] {IN_LITIGATION, MEDIA_EXPOSED, LITIGATION_OR_MEDIA_RISK, NEEDS_OTHER_DEPARTMENTS, REPEAT_AFTER_HANDLING}) {
        defaultTo(execution, flag, false);
      }
      execution.setVariable(DAYS_UNRESOLVED, 0);
      execution.setVariable(VERIFIED, false);
      execution.setVariable(CLASSIFICATION_TRIGGER, "INTAKE");
    });
    Mocks.register("recordSeverityDelegate", (JavaDelegate) execution -> {
      String current = (String) execution.getVariable(SEVERITY);
      Severity assessed = Severity.valueOf((String) execution.getVariable(ASSESSED_SEVERITY));
      execution.setVariable(SEVERITY,
          Severity.higherOf(current == null ? null : Severity.valueOf(current), assessed).name());
    });
    Mocks.register("recordResponsibilityDelegate", (JavaDelegate) execution -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> decided = (Map<String, Object>) execution.getVariable(RESPONSIBILITY);
      execution.setVariable(HANDLER_GROUP, decided.get(HANDLER_GROUP));
      execution.setVariable(SUPERVISOR_GROUP, decided.get(SUPERVISOR_GROUP));
      execution.setVariable(VERIFIER_GROUP, decided.get(VERIFIER_GROUP));
      execution.removeVariable(RESPONSIBILITY);
    });
    Mocks.register("recordVerificationListener", (TaskListener) task -> task.setVariable(VERIFIED, true));
    Mocks.register("recordHandlingListener", (TaskListener) task -> task.setVariable(HANDLED_BY, TaskActor.required(task)));
    Mocks.register("recordFeedbackListener", (TaskListener) task -> { });
    Mocks.register("returnVisitorCheckListener", new ReturnVisitorCheckListener());
    Mocks.register("recordReturnVisitListener", (TaskListener) task -> { });
    Mocks.register("reopenComplaintDelegate", (JavaDelegate) execution -> {
      execution.setVariable(REPEAT_AFTER_HANDLING, true);
      execution.setVariable(CLASSIFICATION_TRIGGER, "REOPEN");
    });
    Mocks.register("closeComplaintDelegate", (JavaDelegate) execution -> { });
  }

  private static void defaultTo(org.camunda.bpm.engine.delegate.DelegateExecution execution, String name, Object value) {
    if (execution.getVariable(name) == null) {
      execution.setVariable(name, value);
    }
  }
}
