package com.wuye.complaints.intake;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.support.ApiProblemException;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-SEV-UP: new facts about a complaint being resolved go to its process as the message
 * ComplaintFactsChanged; the model reassesses severity and never lowers it.
 */
@Service
class FactsIntake {

  private final RuntimeService runtime;
  private final ComplaintQueries queries;
  private final CurrentUser caller;
  private final ComplaintService complaints;

  FactsIntake(
      RuntimeService runtime,
      ComplaintQueries queries,
      CurrentUser caller,
      ComplaintService complaints) {
    this.runtime = runtime;
    this.queries = queries;
    this.caller = caller;
    this.complaints = complaints;
  }

  @Transactional
  IntakeResponse report(String complaintNo, FactsRequest facts) {
    if (facts.isEmpty()) {
      throw new InvalidInputException(
          FieldError.of(
              "facts", "invalid.intake.report-least-one-collectivesize-inlitigation-mediaexposed"));
    }
    queries.detail(complaintNo); // the caller must be able to see it
    Map<String, Object> variables = new HashMap<>();
    put(variables, COLLECTIVE_SIZE, facts.collectiveSize());
    put(variables, IN_LITIGATION, facts.inLitigation());
    put(variables, MEDIA_EXPOSED, facts.mediaExposed());
    put(variables, LITIGATION_OR_MEDIA_RISK, facts.litigationOrMediaRisk());
    put(variables, NEEDS_OTHER_DEPARTMENTS, facts.needsOtherDepartments());
    variables.put(FACTS_REPORTED_BY, caller.id());
    put(variables, FACTS_NOTE, facts.note());
    try {
      runtime
          .createMessageCorrelation(FACTS_CHANGED_MESSAGE)
          .processInstanceBusinessKey(complaintNo)
          .setVariables(variables)
          .correlate();
    } catch (MismatchingMessageCorrelationException notResolving) {
      throw ApiProblemException.conflict("intake.complaint-no-longer-being-resolved", complaintNo);
    }
    // the answer is what changed, not the caller's view: after an escalation it may be out of their
    // reach
    return complaints
        .findByNumber(complaintNo)
        .map(
            c ->
                new IntakeResponse(
                    c.getComplaintNo(),
                    c.getSeverity().name(),
                    c.getHandlerGroup(),
                    c.getStatus().name(),
                    c.getResponseDueAt()))
        .orElseThrow();
  }

  private static void put(Map<String, Object> variables, String name, Object value) {
    if (value != null) {
      variables.put(name, value);
    }
  }
}
