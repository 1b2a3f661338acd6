package com.wuye.complaints.classification;

import static com.wuye.complaints.complaint.ComplaintProcess.FACTS_CHANGED_MESSAGE;
import static com.wuye.complaints.complaint.ComplaintProcess.FACTS_NOTE;
import static com.wuye.complaints.complaint.ComplaintProcess.SAME_ISSUE_COMPLAINANTS;

import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.support.SystemWork;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-SEV-HOT: complaints of different complainants about the same issue at the same place are one
 * issue. A new one is linked to the others still unresolved, and each of those is told the new
 * number of complainants, so that complaint-severity raises them all once there are three.
 */
@Service
class SameIssueService {

  private final ComplaintService complaints;
  private final RuntimeService runtime;

  SameIssueService(ComplaintService complaints, RuntimeService runtime) {
    this.complaints = complaints;
    this.runtime = runtime;
  }

  /** Returns how many other unresolved complaints were linked. */
  @Transactional
  int linkAndInform(long complaintId, Instant since, int complainants) {
    List<String> others = complaints.linkUnresolvedSameIssue(complaintId, since);
    String complaintNo = complaints.get(complaintId).getComplaintNo();
    SystemWork.run(() -> {
      for (String other : others) {
        runtime.createMessageCorrelation(FACTS_CHANGED_MESSAGE).processInstanceBusinessKey(other)
            .setVariables(Map.of(SAME_ISSUE_COMPLAINANTS, complainants,
                FACTS_NOTE, "同类投诉 same issue also raised in " + complaintNo))
            .correlateAll();
      }
      return null;
    });
    return others.size();
  }
}
