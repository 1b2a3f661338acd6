package com.wuye.complaints.classification;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintFact;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.complaint.ComplaintStatus;
import com.wuye.complaints.complaint.Severity;
import com.wuye.complaints.identity.Groups;
import com.wuye.complaints.support.ApiProblemException;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-SEV-UP: people change a complaint's severity, always with a reason. Customer-service
 * supervisors and above may raise it, and it takes effect at once: the model's reassessment path
 * (message ComplaintSeveritySetByPerson) redetermines handler, supervisor, deadlines and priority
 * and moves the open work. Lowering is for a person of the supervising group of the complaint's
 * current class (its supervisorGroup, which decision complaint-responsibility gave it) only. A fact
 * recorded by mistake is corrected as an action of its own, which never changes the severity by
 * itself.
 */
@Service
public class SeverityGovernance {

  /** What the caller is told after a change or a correction. */
  public record Answer(
      String complaintNo,
      String severity,
      String handlerGroup,
      String supervisorGroup,
      String status,
      String note) {}

  /**
   * What the caller may do about a complaint's severity (the Tasklist case file shows the actions
   * so).
   */
  public record Rights(
      String complaintNo,
      String severity,
      String supervisorGroup,
      boolean mayRaise,
      boolean mayLower,
      boolean decidesSameIssue) {}

  static final int MAX_REASON = 400;

  private final ComplaintService complaints;
  private final RuntimeService runtime;

  SeverityGovernance(ComplaintService complaints, RuntimeService runtime) {
    this.complaints = complaints;
    this.runtime = runtime;
  }

  /** Customer-service supervisors and above, and administrators. */
  public static boolean isSupervisorOrAbove(Set<String> groups) {
    return groups.stream().anyMatch(Groups.SUPERVISORS_AND_ABOVE::contains);
  }

  /** R-SEV-UP: only the supervising group of the current class lowers it. */
  public static boolean mayLower(Complaint complaint, Set<String> groups) {
    return complaint.getSupervisorGroup() != null
        && groups.contains(complaint.getSupervisorGroup());
  }

  /**
   * @param step the task the caller works on: at verification they confirm or reject the same-issue
   *     match
   */
  public Rights rights(Complaint complaint, Set<String> groups, String step) {
    boolean supervisor =
        isSupervisorOrAbove(groups) && complaint.getStatus() != ComplaintStatus.CLOSED;
    return new Rights(
        complaint.getComplaintNo(),
        complaint.getSeverity().name(),
        complaint.getSupervisorGroup(),
        supervisor,
        supervisor && mayLower(complaint, groups),
        SameIssueLinks.VERIFY_TASK.equals(step));
  }

  /**
   * Sets the severity as the person asks, up or down, if they may; the model then redetermines who
   * handles it and by when.
   */
  @Transactional
  public Answer change(
      String complaintNo, String severity, String reason, String user, Set<String> groups) {
    requireSupervisorOrAbove(groups, "classification.supervisors-change-severity");
    Severity target = requiredSeverity(severity);
    String why = requiredReason(reason);
    Complaint complaint = openComplaint(complaints, complaintNo);
    Severity current = complaint.getSeverity();
    if (target == current) {
      throw ApiProblemException.conflict(
          "classification.already-severity", complaintNo, current.chinese(), current);
    }
    if (current.isHigherThan(target) && !mayLower(complaint, groups)) {
      throw ApiProblemException.forbidden(
          "classification.only-supervisors-lower",
          current.chinese(),
          complaint.getSupervisorGroup(),
          current);
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(REQUESTED_SEVERITY, target.name());
    variables.put(REQUESTED_SEVERITY_REASON, why);
    variables.put(REQUESTED_SEVERITY_BY, user);
    try {
      runtime
          .createMessageCorrelation(SEVERITY_SET_BY_PERSON_MESSAGE)
          .processInstanceBusinessKey(complaintNo)
          .setVariables(variables)
          .correlate();
    } catch (MismatchingMessageCorrelationException notResolving) {
      throw ApiProblemException.conflict(
          "classification.complaint-no-longer-being-resolved", complaintNo);
    }
    Complaint after = complaints.findByNumber(complaintNo).orElseThrow();
    return answer(
        after, "等级已调整并已重新分派 / severity set; handler, supervisor and deadlines redetermined");
  }

  /**
   * R-SEV-UP: a fact recorded by mistake is set right, with a reason. The process keeps the
   * corrected fact for later reassessments; the severity stays as it is.
   */
  @Transactional
  public Answer correctFact(
      String complaintNo,
      String factName,
      Object value,
      String reason,
      String user,
      Set<String> groups) {
    requireSupervisorOrAbove(groups, "classification.supervisors-correct-facts");
    ComplaintFact fact = ComplaintFact.byVariable(factName);
    if (fact == null) {
      throw new InvalidInputException(
          FieldError.of(
              "fact",
              "invalid.classification.fact-one-inlitigation-mediaexposed-litigationormediarisk-needsotherdepartments",
              factName));
    }
    boolean flag = false;
    Integer count = null;
    if (fact.isCount()) {
      if (!(value instanceof Integer n) || n < 1 || n > 100000) {
        throw new InvalidInputException(
            FieldError.of(
                "value", "invalid.classification.collectivesize-whole-number-from-1-100000"));
      }
      count = n;
    } else {
      if (!(value instanceof Boolean b)) {
        throw new InvalidInputException(
            FieldError.of("value", "invalid.classification.value-true-false"));
      }
      flag = b;
    }
    String why = requiredReason(reason);
    Complaint complaint = openComplaint(complaints, complaintNo);

    complaints.correctFact(complaint.getId(), fact, flag, count, why, user);
    if (runtime
            .createProcessInstanceQuery()
            .processInstanceId(complaint.getProcessInstanceId())
            .count()
        == 1) {
      runtime.setVariable(
          complaint.getProcessInstanceId(), fact.variable(), fact.isCount() ? count : flag);
    }
    Complaint after = complaints.findByNumber(complaintNo).orElseThrow();
    return answer(
        after,
        "事实已更正并记录；投诉等级保持"
            + after.getSeverity().chinese()
            + "不变，如需调整请通过 POST /api/complaints/"
            + complaintNo
            + "/severity 并说明原因 / the fact is corrected and recorded; the severity stays "
            + after.getSeverity()
            + " — change it with a reason via POST /api/complaints/"
            + complaintNo
            + "/severity");
  }

  /** The complaint with this number, not closed: otherwise 404 or 409 (for a person's change). */
  static Complaint openComplaint(ComplaintService complaints, String complaintNo) {
    Complaint complaint =
        complaints
            .findByNumber(complaintNo)
            .orElseThrow(
                () -> ApiProblemException.notFound("classification.no-complaint", complaintNo));
    if (complaint.getStatus() == ComplaintStatus.CLOSED) {
      throw ApiProblemException.conflict("classification.complaint-closed", complaintNo);
    }
    return complaint;
  }

  /** {@code refusalKey}: the catalogue's words for what only a supervisor or above may do. */
  static void requireSupervisorOrAbove(Set<String> groups, String refusalKey) {
    if (!isSupervisorOrAbove(groups)) {
      throw ApiProblemException.forbidden(refusalKey);
    }
  }

  static String requiredReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException(
          FieldError.of("reason", "invalid.classification.reason-required"));
    }
    String why = reason.strip();
    if (why.length() > MAX_REASON) {
      throw new InvalidInputException(
          FieldError.of("reason", "invalid.classification.reason-most-characters", MAX_REASON));
    }
    return why;
  }

  private static Severity requiredSeverity(String severity) {
    try {
      return Severity.valueOf(severity);
    } catch (RuntimeException e) {
      throw new InvalidInputException(
          FieldError.of("severity", "invalid.classification.severity-general-important-hot-major"));
    }
  }

  private static Answer answer(Complaint complaint, String note) {
    return new Answer(
        complaint.getComplaintNo(),
        complaint.getSeverity().name(),
        complaint.getHandlerGroup(),
        complaint.getSupervisorGroup(),
        complaint.getStatus().name(),
        note);
  }
}
