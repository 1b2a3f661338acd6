package com.wuye.complaints.classification;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintIssues;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.complaint.ComplaintStatus;
import com.wuye.complaints.complaint.Severity;
import com.wuye.complaints.support.ApiProblemException;
import com.wuye.complaints.support.EngineClock;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import com.wuye.complaints.support.SystemWork;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-SEV-HOT: the same issue is decided by people with the system's help. The intake matches a
 * complaint to its issue (decision same-issue-scope) and counts it at once; then the verifier
 * confirms or rejects the match from the Verify task, and supervisors link and unlink by hand. A
 * link that makes the count cross a threshold raises the issue's open complaints as an intake
 * would. A removed link lowers nothing: each complaint that the count had raised, and that the
 * remaining count no longer supports, gets a "Confirm severity" task for its supervising group
 * (message ComplaintSameIssueLinkRemoved, UserTask_ConfirmSeverity; R-SEV-UP).
 */
@Service
public class SameIssueLinks {

  /** What a link decision did. */
  public record Answer(
      String complaintNo,
      String decision,
      int complainants,
      List<String> raised,
      List<String> askedToConfirmSeverity) {}

  static final String VERIFY_TASK = "UserTask_VerifyComplaint";
  static final String REGISTER_TASK = "ServiceTask_RegisterComplaint";

  private final ComplaintService complaints;
  private final ComplaintIssues issues;
  private final SameIssueService sameIssue;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final EngineClock clock;

  SameIssueLinks(
      ComplaintService complaints,
      ComplaintIssues issues,
      SameIssueService sameIssue,
      RuntimeService runtime,
      RepositoryService repository,
      EngineClock clock) {
    this.complaints = complaints;
    this.issues = issues;
    this.sameIssue = sameIssue;
    this.runtime = runtime;
    this.repository = repository;
    this.clock = clock;
  }

  /**
   * A supervisor links the complaint to another's issue; a count that crosses a threshold raises
   * the open ones.
   */
  @Transactional
  public Answer link(
      String complaintNo, String otherNo, String reason, String user, Set<String> groups) {
    SeverityGovernance.requireSupervisorOrAbove(groups, "classification.supervisors-link");
    String why = SeverityGovernance.requiredReason(reason);
    Complaint complaint = SeverityGovernance.openComplaint(complaints, complaintNo);
    Complaint other = otherOf(complaintNo, otherNo);
    if (complaint.getIssueId() != null && complaint.getIssueId().equals(other.getIssueId())) {
      throw ApiProblemException.conflict("classification.already-linked", complaintNo, otherNo);
    }
    if (complaint.getIssueId() != null
        && complaints.issueComplaints(complaint.getIssueId()).size() > 1) {
      throw ApiProblemException.conflict(
          "classification.complaint-linked-other-complaints-unlink", complaintNo);
    }
    long issueId =
        other.getIssueId() != null ? other.getIssueId() : complaints.openManualIssue(other.getId());
    issues.lock(issueId);
    complaints.joinIssue(complaint.getId(), complaints.get(other.getId()), user, why);

    Instant since = clock.now().minus(window());
    int count = (int) complaints.countIssueComplainants(issueId, since);
    Severity implied = sameIssue.severityOfCount(count);
    List<String> raised = complaints.unresolvedIssueComplaintsBelow(issueId, since, -1, implied);
    if (implied.isHigherThan(Severity.GENERAL)) {
      issues.recordCountSeverity(issueId, implied, clock.now());
    }
    raised.forEach(no -> sameIssue.raise(no, count, complaintNo));
    return new Answer(complaintNo, "LINKED", count, raised, List.of());
  }

  /** A supervisor removes the complaint from the issue it shares with the other. */
  @Transactional
  public Answer unlink(
      String complaintNo, String otherNo, String reason, String user, Set<String> groups) {
    SeverityGovernance.requireSupervisorOrAbove(groups, "classification.supervisors-unlink");
    String why = SeverityGovernance.requiredReason(reason);
    Complaint complaint = SeverityGovernance.openComplaint(complaints, complaintNo);
    Complaint other = otherOf(complaintNo, otherNo);
    if (complaint.getIssueId() == null || !complaint.getIssueId().equals(other.getIssueId())) {
      throw ApiProblemException.notFound("classification.not-linked", complaintNo, otherNo);
    }
    return remove(complaint, other, why, user, "UNLINKED");
  }

  /**
   * The verifier, from the Verify task of the complaint, confirms or rejects its same-issue match.
   */
  @Transactional
  public Answer decide(
      Complaint complaint, String taskDefinitionKey, String decision, String reason, String user) {
    if (!VERIFY_TASK.equals(taskDefinitionKey)) {
      throw ApiProblemException.conflict("classification.only-verify-task-confirms-rejects");
    }
    if (!"CONFIRMED".equals(decision) && !"REJECTED".equals(decision)) {
      throw new InvalidInputException(
          FieldError.of("decision", "invalid.classification.decision-confirmed-rejected"));
    }
    String why = SeverityGovernance.requiredReason(reason);
    if (complaint.getIssueId() == null
        || complaints.issueComplaints(complaint.getIssueId()).size() < 2) {
      throw ApiProblemException.conflict(
          "classification.complaint-matched-no-other-complaint", complaint.getComplaintNo());
    }
    if ("CONFIRMED".equals(decision)) {
      complaints.confirmIssue(
          complaint.getId(), user, "核实确认同一问题 verified as the same issue: " + why);
      int count =
          (int)
              complaints.countIssueComplainants(
                  complaint.getIssueId(), clock.now().minus(window()));
      return new Answer(complaint.getComplaintNo(), decision, count, List.of(), List.of());
    }
    return remove(
        complaint, null, "核实否定同一问题 verification rejected the match: " + why, user, decision);
  }

  /**
   * The complaint leaves its issue. Each complaint whose severity the count had raised and that the
   * remaining count no longer supports is asked about — never lowered here.
   */
  private Answer remove(
      Complaint complaint, Complaint other, String why, String user, String decision) {
    long issueId = complaint.getIssueId();
    issues.lock(issueId);
    complaints.leaveIssue(complaint.getId(), other, user, why);
    Instant since = clock.now().minus(window());
    int remaining = (int) complaints.countIssueComplainants(issueId, since);
    issues.recordCountSeverity(issueId, sameIssue.severityOfCount(remaining), clock.now());

    List<String> asked = new ArrayList<>();
    askIfRaisedByTheCount(complaints.get(complaint.getId()), 1, asked);
    for (Complaint sharer : complaints.issueComplaints(issueId)) {
      if (sharer.getStatus() != ComplaintStatus.CLOSED) {
        askIfRaisedByTheCount(sharer, remaining, asked);
      }
    }
    return new Answer(complaint.getComplaintNo(), decision, remaining, List.of(), asked);
  }

  private void askIfRaisedByTheCount(Complaint complaint, int count, List<String> asked) {
    if (complaint.getStatus() == ComplaintStatus.CLOSED
        || runtime
                .createProcessInstanceQuery()
                .processInstanceId(complaint.getProcessInstanceId())
                .count()
            == 0) {
      return;
    }
    String process = complaint.getProcessInstanceId();
    Object counted = runtime.getVariable(process, SAME_ISSUE_COMPLAINANTS);
    boolean raisedByCount =
        complaints.wasRaisedBy(complaint.getId(), SameIssueService.COUNT_REASON)
            || (counted instanceof Number n
                && sameIssue.severityOfCount(n.intValue()).isHigherThan(Severity.GENERAL));
    // later reassessments see the count as it is now
    runtime.setVariable(process, SAME_ISSUE_COMPLAINANTS, count);
    if (raisedByCount && complaint.getSeverity().isHigherThan(sameIssue.severityOfCount(count))) {
      boolean told =
          !SystemWork.run(
                  () ->
                      runtime
                          .createMessageCorrelation(SAME_ISSUE_LINK_REMOVED_MESSAGE)
                          .processInstanceId(process)
                          .correlateAllWithResult())
              .isEmpty();
      if (told) {
        asked.add(complaint.getComplaintNo());
      }
    }
  }

  private Complaint otherOf(String complaintNo, String otherNo) {
    if (otherNo == null || otherNo.isBlank()) {
      throw new InvalidInputException(
          FieldError.of("other", "invalid.classification.other-complaint-number-required"));
    }
    if (otherNo.equals(complaintNo)) {
      throw new InvalidInputException(
          FieldError.of("other", "invalid.classification.complaint-cannot-linked-itself"));
    }
    return complaints
        .findByNumber(otherNo)
        .orElseThrow(() -> ApiProblemException.notFound("classification.no-complaint", otherNo));
  }

  /**
   * R-SEV-HOT: the same-issue window, as the model gives it to ServiceTask_RegisterComplaint (one
   * place).
   */
  private Duration window() {
    return SystemWork.run(
        () -> {
          String definition =
              repository
                  .createProcessDefinitionQuery()
                  .processDefinitionKey(KEY)
                  .latestVersion()
                  .singleResult()
                  .getId();
          BpmnModelInstance model = repository.getBpmnModelInstance(definition);
          BaseElement register = model.getModelElementById(REGISTER_TASK);
          return register
              .getExtensionElements()
              .getElementsQuery()
              .filterByType(CamundaInputOutput.class)
              .singleResult()
              .getCamundaInputParameters()
              .stream()
              .filter(p -> SAME_ISSUE_WINDOW.equals(p.getCamundaName()))
              .map(p -> Duration.parse(p.getTextContent().strip()))
              .findFirst()
              .orElseThrow(
                  () -> new IllegalStateException(REGISTER_TASK + " has no " + SAME_ISSUE_WINDOW));
        });
  }
}
