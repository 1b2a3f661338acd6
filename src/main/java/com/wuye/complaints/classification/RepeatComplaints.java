package com.wuye.complaints.classification;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.complaint.Category;
import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.RepeatProposal;
import com.wuye.complaints.complaint.RepeatProposals;
import com.wuye.complaints.support.ApiProblemException;
import com.wuye.complaints.support.DecisionTables;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import com.wuye.complaints.support.SystemWork;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-SEV-IMPORTANT 二次投诉: a complaint from a unit with an earlier complaint of the same category
 * handled within the repeat window (decision repeat-window) is proposed at intake as a repeat; the
 * verifier confirms or rejects the proposal at the Verify task. A confirmed repeat is told to the
 * complaint as a new fact (message ComplaintFactsChanged with repeatAfterHandling), so decision
 * complaint-severity (Rule_RepeatAfterHandling) reassesses it, upward only (R-SEV-UP), and
 * responsibility and deadlines follow.
 */
@Service
public class RepeatComplaints {

  private final RepeatProposals proposals;
  private final DecisionTables decisions;
  private final RuntimeService runtime;

  RepeatComplaints(RepeatProposals proposals, DecisionTables decisions, RuntimeService runtime) {
    this.proposals = proposals;
    this.decisions = decisions;
    this.runtime = runtime;
  }

  /** R-SEV-IMPORTANT: the repeat window for the category (decision repeat-window). */
  public Duration window(Category category) {
    return Duration.parse(
        decisions.<String>single(REPEAT_WINDOW_DECISION, Map.of(CATEGORY, category.name())));
  }

  /**
   * At intake (in its transaction): proposes the most recent earlier handled complaint of the unit
   * or household and category within the window, unless a number was typed.
   *
   * @return the proposed earlier complaint's number
   */
  @Transactional
  public Optional<String> propose(long complaintId, Category category) {
    return proposals.propose(complaintId, window(category));
  }

  /**
   * The verifier, from the Verify task of the complaint, confirms or rejects the intake's proposal.
   */
  @Transactional
  public RepeatProposal decide(
      Complaint complaint, String taskDefinitionKey, String decision, String reason, String user) {
    if (!SameIssueLinks.VERIFY_TASK.equals(taskDefinitionKey)) {
      throw ApiProblemException.conflict("classification.only-verify-task-confirms-rejects-2");
    }
    if (!"CONFIRMED".equals(decision) && !"REJECTED".equals(decision)) {
      throw new InvalidInputException(
          FieldError.of("decision", "invalid.classification.decision-confirmed-rejected"));
    }
    String why = SeverityGovernance.requiredReason(reason);
    boolean confirmed = "CONFIRMED".equals(decision);
    RepeatProposal proposal = proposals.decide(complaint.getId(), confirmed, user, why);
    String process = complaint.getProcessInstanceId();
    SystemWork.run(
        () -> {
          runtime.setVariable(process, REPEAT_PROPOSAL, proposal.getStatus().name());
          if (confirmed) {
            // the existing path of new facts: complaint-severity reassesses with the repeat, and
            // R-SEV-UP keeps the higher class; responsibility and deadlines follow
            runtime
                .createMessageCorrelation(FACTS_CHANGED_MESSAGE)
                .processInstanceId(process)
                .setVariables(
                    Map.of(
                        REPEAT_AFTER_HANDLING,
                        true,
                        FACTS_REPORTED_BY,
                        user,
                        FACTS_NOTE,
                        "二次投诉 repeat of " + proposal.getProposedOfNo(),
                        SEVERITY_CHANGE_REASON,
                        "R-SEV-IMPORTANT 二次投诉 repeat of "
                            + proposal.getProposedOfNo()
                            + " confirmed at verification: "
                            + why))
                .correlate();
          }
          return null;
        });
    return proposal;
  }
}
