package com.wuye.complaints.classification;

import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.complaint.RepeatProposal;
import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.support.PlatformApi;
import com.wuye.complaints.tasklist.OwnTasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * R-SEV-IMPORTANT: the verifier confirms or rejects, from the Verify task (Tasklist's case-file
 * tab), the intake's proposal that the complaint repeats an earlier handled one.
 */
@PlatformApi
@Tag(name = "severity", description = "投诉等级 Severity governance (R-SEV-UP, R-SEV-HOT)")
class RepeatApiController {

  /** The verifier's decision about the intake's repeat proposal: CONFIRMED or REJECTED, and why. */
  record RepeatDecision(String decision, String reason) {}

  /** What became of the proposal. */
  record RepeatAnswer(
      String complaintNo,
      String repeatOf,
      String decision,
      String decidedBy,
      Instant decidedAt,
      String severity) {}

  private final RepeatComplaints repeats;
  private final OwnTasks ownTasks;
  private final CurrentUser caller;
  private final ComplaintService complaints;

  RepeatApiController(
      RepeatComplaints repeats,
      OwnTasks ownTasks,
      CurrentUser caller,
      ComplaintService complaints) {
    this.repeats = repeats;
    this.ownTasks = ownTasks;
    this.caller = caller;
    this.complaints = complaints;
  }

  @ApiResponse(
      responseCode = "409",
      description =
          "不是核实任务，没有二次投诉提议，或提议已有结论 not the Verify task, no repeat proposal, or already decided")
  @PostMapping(
      path = "/api/tasks/{taskId}/repeat",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "核实时确认或否定疑似二次投诉 The verifier confirms or rejects the intake's proposal that the complaint "
              + "repeats an earlier handled one of the same unit and category (R-SEV-IMPORTANT): confirmed, "
              + "it is a repeat and at least IMPORTANT")
  @ResponseStatus(HttpStatus.OK)
  RepeatAnswer decide(
      @PathVariable @Pattern(regexp = OwnTasks.TASK_ID) String taskId,
      @RequestBody RepeatDecision request) {
    OwnTasks.OwnTask step = ownTasks.find(taskId);
    RepeatProposal proposal =
        repeats.decide(
            step.complaint(), step.step(), request.decision(), request.reason(), caller.id());
    var complaint = complaints.get(step.complaint().getId());
    return new RepeatAnswer(
        complaint.getComplaintNo(),
        complaint.getRepeatOf(),
        proposal.getStatus().name(),
        proposal.getDecidedBy(),
        proposal.getDecidedAt(),
        complaint.getSeverity().name());
  }
}
