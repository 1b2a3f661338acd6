package com.wuye.complaints.process;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.complaint.Severity;
import com.wuye.complaints.returnvisit.ReturnVisitorCheckListener;
import com.wuye.complaints.support.CompanySettings;
import com.wuye.complaints.support.Deadlines;
import com.wuye.complaints.support.TaskActor;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stand-ins for the delegates that touch the domain tables, so a process test runs on the engine
 * alone. They set the variables the real ones set; the integration tests run the real ones. The
 * R-VISIT-1 check is the real listener, told the handlers the handling stand-in saw.
 */
final class StandIns {

  private static final AtomicLong IDS = new AtomicLong();

  /**
   * Who handled each complaint, as the real handling listener writes it to the complaint's
   * timeline.
   */
  private static final Map<Long, java.util.Set<String>> HANDLERS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final Deadlines DEADLINES =
      new Deadlines(new CompanySettings(ZoneId.of("Asia/Shanghai")));

  private StandIns() {}

  static void register() {
    Mocks.register(
        "registerComplaintDelegate",
        (JavaDelegate)
            execution -> {
              long id = IDS.incrementAndGet();
              String no = String.format("TS-20261122-%04d", id);
              execution.setProcessBusinessKey(no);
              execution.setVariable(COMPLAINT_ID, id);
              execution.setVariable(COMPLAINT_NO, no);
              defaultTo(execution, COLLECTIVE_SIZE, 1);
              defaultTo(execution, SAME_ISSUE_COMPLAINANTS, 1);
              defaultTo(execution, SAME_ISSUE_COMPLAINTS_TO_RAISE, "");
              for (String flag :
                  new String[] {
                    IN_LITIGATION,
                    MEDIA_EXPOSED,
                    LITIGATION_OR_MEDIA_RISK,
                    NEEDS_OTHER_DEPARTMENTS,
                    REPEAT_AFTER_HANDLING
                  }) {
                defaultTo(execution, flag, false);
              }
              defaultTo(execution, CUSTOMER_CATEGORY, null);
              execution.setVariable(RECEIVED_AT, ClockUtil.getCurrentTime());
              execution.setVariable(DAYS_UNRESOLVED, 0);
              execution.setVariable(VERIFIED, false);
              defaultTo(execution, NIGHT_SHIFT_PENDING, false);
              execution.setVariable(CLASSIFICATION_TRIGGER, "INTAKE");
            });
    Mocks.register(
        "raiseSameIssueComplaintDelegate",
        (JavaDelegate)
            execution ->
                execution.setVariable(
                    "raised_" + execution.getVariable(SAME_ISSUE_COMPLAINT_TO_RAISE), true));
    Mocks.register("idLists", new com.wuye.complaints.support.IdLists());
    Mocks.register(
        "recordSeverityDelegate",
        (JavaDelegate)
            execution -> {
              String current = (String) execution.getVariable(SEVERITY);
              Severity assessed =
                  Severity.valueOf((String) execution.getVariable(ASSESSED_SEVERITY));
              execution.setVariable(
                  SEVERITY,
                  Severity.higherOf(current == null ? null : Severity.valueOf(current), assessed)
                      .name());
            });
    Mocks.register(
        "recordResponsibilityDelegate",
        (JavaDelegate)
            execution -> {
              @SuppressWarnings("unchecked")
              Map<String, Object> decided =
                  (Map<String, Object>) execution.getVariable(RESPONSIBILITY);
              execution.setVariable(HANDLER_GROUP, decided.get(HANDLER_GROUP));
              execution.setVariable(SUPERVISOR_GROUP, decided.get(SUPERVISOR_GROUP));
              execution.setVariable(VERIFIER_GROUP, decided.get(VERIFIER_GROUP));
              execution.removeVariable(RESPONSIBILITY);
              // the deadlines as the real delegate turns them into variables: durations, and dates
              // from intake
              @SuppressWarnings("unchecked")
              Map<String, Object> sla =
                  new java.util.HashMap<>((Map<String, Object>) execution.getVariable(SLA));
              execution.setVariable(TASK_PRIORITY, sla.remove(TASK_PRIORITY));
              sla.forEach(execution::setVariable);
              Date receivedAt = (Date) execution.getVariable(RECEIVED_AT);
              execution.setVariable(
                  RESPONSE_DUE_AT, DEADLINES.from(receivedAt, (String) sla.get("responseWithin")));
              execution.setVariable(
                  HANDLE_DUE_AT, DEADLINES.from(receivedAt, (String) sla.get("handleWithin")));
              // R-ESC-2 the age thresholds, from the deployed decision complaint-escalation as the
              // real delegate does
              Map<String, Object> ages =
                  execution
                      .getProcessEngineServices()
                      .getDecisionService()
                      .evaluateDecisionTableByKey(
                          ESCALATION_DECISION,
                          org.camunda.bpm.engine.variable.Variables.createVariables())
                      .getSingleResult()
                      .getEntryMap();
              ages.forEach(execution::setVariable);
              execution.setVariable(
                  ESCALATE_TO_HOT_AT, DEADLINES.from(receivedAt, (String) ages.get("hotAfter")));
              execution.setVariable(
                  ESCALATE_TO_MAJOR_AT,
                  DEADLINES.from(receivedAt, (String) ages.get("majorAfter")));
              execution.removeVariable(SLA);
              // the reminder lead times, from the deployed decision complaint-reminders as the real
              // delegate does
              execution
                  .getProcessEngineServices()
                  .getDecisionService()
                  .evaluateDecisionTableByKey(
                      REMINDERS_DECISION,
                      org.camunda.bpm.engine.variable.Variables.createVariables()
                          .putValue(SEVERITY, execution.getVariable(SEVERITY)))
                  .getSingleResult()
                  .getEntryMap()
                  .forEach(execution::setVariable);
            });
    Mocks.register("deadlines", DEADLINES);
    Mocks.register(
        "remindHandlerDelegate",
        (JavaDelegate)
            execution ->
                execution.setVariable("handlerReminded_" + execution.getVariable(REMINDER), true));
    Mocks.register(
        "verificationDeadlines",
        new com.wuye.complaints.handling.VerificationDeadlines(
            new CompanySettings(ZoneId.of("Asia/Shanghai"))));
    Mocks.register(
        "notifyResponseOverdueDelegate",
        (JavaDelegate) execution -> execution.setVariable("responseOverdueNotified", true));
    Mocks.register(
        "notifyReturnVisitOverdueDelegate",
        (JavaDelegate) execution -> execution.setVariable("returnVisitOverdueNotified", true));
    // R-VISIT-3: the department's deadline to rectify, from the deployed decision as the real
    // listener does
    Mocks.register(
        "recordRectificationNoticeListener",
        (TaskListener)
            task ->
                task.getExecution()
                    .setVariable(
                        "rectifyWithin",
                        task.getProcessEngineServices()
                            .getDecisionService()
                            .evaluateDecisionTableByKey(
                                "rectification-deadline",
                                org.camunda.bpm.engine.variable.Variables.createVariables()
                                    .putValue(
                                        "department", task.getVariable("responsibleDepartment")))
                            .getSingleResult()
                            .getSingleEntry()));
    Mocks.register(
        "notifyRectificationNoticeOverdueDelegate",
        (JavaDelegate)
            execution ->
                execution.setVariable(
                    "rectificationNoticeOverdueNotified", execution.getVariable("notifyGroups")));
    Mocks.register("recordRectificationListener", (TaskListener) task -> {});
    Mocks.register(
        "countDaysUnresolvedDelegate",
        (JavaDelegate)
            execution -> {
              Date receivedAt = (Date) execution.getVariable(RECEIVED_AT);
              execution.setVariable(
                  DAYS_UNRESOLVED,
                  (int)
                      ((ClockUtil.getCurrentTime().getTime() - receivedAt.getTime())
                          / 86_400_000L));
            });
    Mocks.register("recordNewFactsDelegate", (JavaDelegate) execution -> {});
    // R-ESC-4: an escalation keeps the severity (the level is the real delegate's business)
    Mocks.register(
        "requestEscalationDelegate",
        (JavaDelegate)
            execution -> {
              execution.setVariable(ASSESSED_SEVERITY, execution.getVariable(SEVERITY));
              execution.setVariable(ESCALATE, false);
            });
    Mocks.register(
        "recordWorkContactListener",
        (TaskListener) task -> task.removeVariable(WORK_CONTACT_DEPARTMENT));
    Mocks.register(
        "recordVerificationListener",
        (TaskListener)
            task -> {
              task.setVariable(VERIFIED, true);
              defaultTo(task, VERIFICATION_OUTCOME, "VALID");
            });
    Mocks.register(
        "recordClosingDecisionListener",
        (TaskListener)
            task ->
                task.setVariable(
                    CLOSING_CONFIRMED, "CONFIRM".equals(task.getVariable(CLOSING_DECISION))));
    Mocks.register(
        "recordHandlingListener",
        (TaskListener)
            task -> {
              if (!Boolean.TRUE.equals(task.getVariable(ESCALATE))) {
                task.setVariable(HANDLED_BY, TaskActor.required(task));
                HANDLERS
                    .computeIfAbsent(
                        (Long) task.getVariable(COMPLAINT_ID), id -> new java.util.TreeSet<>())
                    .add(TaskActor.required(task));
              }
            });
    Mocks.register("recordFeedbackListener", (TaskListener) task -> {});
    Mocks.register(
        "returnVisitorCheckListener",
        new ReturnVisitorCheckListener(id -> HANDLERS.getOrDefault(id, java.util.Set.of())));
    Mocks.register("recordReturnVisitListener", (TaskListener) task -> {});
    Mocks.register(
        "reopenComplaintDelegate",
        (JavaDelegate)
            execution -> {
              execution.setVariable(REPEAT_AFTER_HANDLING, true);
              execution.setVariable(CLASSIFICATION_TRIGGER, "REOPEN");
            });
    Mocks.register("closeComplaintDelegate", (JavaDelegate) execution -> {});
  }

  private static void defaultTo(
      org.camunda.bpm.engine.delegate.VariableScope execution, String name, Object value) {
    if (execution.getVariable(name) == null) {
      execution.setVariable(name, value);
    }
  }
}
