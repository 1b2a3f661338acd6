package com.wuye.complaints.classification;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.complaint.Category;
import com.wuye.complaints.complaint.ComplaintIssues;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.complaint.Severity;
import com.wuye.complaints.support.DecisionTables;
import com.wuye.complaints.support.SystemWork;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-SEV-HOT: the same complaint from 3 or more different complainants within the window is HOT, and
 * so are the issue's earlier complaints. At intake, under the issue's lock, the complainants are
 * counted and decision complaint-severity tells what the count alone implies; only when that
 * crosses into a higher severity than the issue had reached in the window are the earlier
 * complaints to raise listed. Each is raised afterwards, in a job of its own
 * (ServiceTask_RaiseSameIssueComplaint).
 */
@Service
public class SameIssueService {

  /** What an intake learned about its issue: the count it is classified with, and whom to raise. */
  public record SameIssue(int complainants, List<String> complaintsToRaise) {}

  /**
   * How the reason of every raise by a same-issue count begins: what a removed link may have
   * raised.
   */
  static final String COUNT_REASON = "R-SEV-HOT 同一问题";

  private final ComplaintService complaints;
  private final ComplaintIssues issues;
  private final DecisionTables decisions;
  private final RuntimeService runtime;

  SameIssueService(
      ComplaintService complaints,
      ComplaintIssues issues,
      DecisionTables decisions,
      RuntimeService runtime) {
    this.complaints = complaints;
    this.issues = issues;
    this.decisions = decisions;
    this.runtime = runtime;
  }

  /**
   * Inside the intake's transaction, which holds the issue's lock (ComplaintService#register): the
   * bounded work of one indexed count, one decision and, at a crossing only, one list query.
   */
  @Transactional
  public SameIssue assess(Long issueId, long complaintId, Instant receivedAt, Instant since) {
    if (issueId == null) {
      return new SameIssue(1, List.of()); // scope NONE: no automatic match, only a person links it
    }
    ComplaintIssues.Issue issue = issues.lock(issueId);
    int complainants = (int) complaints.countIssueComplainants(issueId, since);
    Severity implied = severityOfCount(complainants);
    boolean reachedInWindow =
        issue.countSeverityAt() != null && !issue.countSeverityAt().isBefore(since);
    Severity reached = reachedInWindow ? issue.countSeverity() : Severity.GENERAL;
    if (!implied.isHigherThan(reached)) {
      return new SameIssue(complainants, List.of());
    }
    issues.recordCountSeverity(issueId, implied, receivedAt);
    return new SameIssue(
        complainants,
        complaints.unresolvedIssueComplaintsBelow(issueId, since, complaintId, implied));
  }

  /**
   * R-SEV-HOT: where complaints of this category count as the same complaint (decision
   * same-issue-scope).
   */
  public String scopeOf(Category category) {
    return decisions.single(SAME_ISSUE_SCOPE_DECISION, Map.of(CATEGORY, category.name()));
  }

  /**
   * One earlier complaint is told the issue's count (message ComplaintFactsChanged); its own
   * reassessment raises it, upward only and recording a change only when there is one, so a retried
   * or repeated raise changes nothing. A complaint resolved meanwhile has nothing to receive it.
   */
  void raise(String complaintNo, int complainants, String raisedBy) {
    SystemWork.run(
        () -> {
          runtime
              .createMessageCorrelation(FACTS_CHANGED_MESSAGE)
              .processInstanceBusinessKey(complaintNo)
              .setVariables(
                  Map.of(
                      SAME_ISSUE_COMPLAINANTS,
                      complainants,
                      FACTS_NOTE,
                      "同类投诉 same issue also raised in " + raisedBy,
                      SEVERITY_CHANGE_REASON,
                      COUNT_REASON
                          + "30天内"
                          + complainants
                          + "位投诉人 "
                          + complainants
                          + " complainants of the same issue within the window ("
                          + raisedBy
                          + ")"))
              .correlateAll();
          return null;
        });
  }

  /**
   * complaint-severity with the count and otherwise neutral facts: what the count alone implies.
   */
  Severity severityOfCount(int complainants) {
    Map<String, Object> facts = new HashMap<>();
    facts.put(IN_LITIGATION, false);
    facts.put(MEDIA_EXPOSED, false);
    facts.put(LITIGATION_OR_MEDIA_RISK, false);
    facts.put(COLLECTIVE_SIZE, 1);
    facts.put(SAME_ISSUE_COMPLAINANTS, complainants);
    facts.put(DAYS_UNRESOLVED, 0);
    facts.put(REPEAT_AFTER_HANDLING, false);
    facts.put(NEEDS_OTHER_DEPARTMENTS, false);
    // the count has no small set of values: evaluated each time, not remembered
    return Severity.valueOf(decisions.<String>singleEvaluatedEachTime(SEVERITY_DECISION, facts));
  }
}
