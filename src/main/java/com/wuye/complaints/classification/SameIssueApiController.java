package com.wuye.complaints.classification;

import com.wuye.complaints.complaint.ComplaintNumbers;
import com.wuye.complaints.complaint.ComplaintReach;
import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.support.PlatformApi;
import com.wuye.complaints.tasklist.OwnTasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * R-SEV-HOT: people decide what is the same issue. Supervisors link and unlink by complaint number;
 * the verifier confirms or rejects the intake's match from the Verify task (Tasklist's case-file
 * tab).
 */
@PlatformApi
@Tag(name = "severity", description = "投诉等级 Severity governance (R-SEV-UP, R-SEV-HOT)")
class SameIssueApiController {

  /** The other complaint, and why. */
  record LinkRequest(String other, String reason) {}

  /** The verifier's decision about the intake's match: CONFIRMED or REJECTED, and why. */
  record MatchDecision(String decision, String reason) {}

  private final SameIssueLinks links;
  private final OwnTasks ownTasks;
  private final CurrentUser caller;
  private final ComplaintReach reach;

  SameIssueApiController(
      SameIssueLinks links, OwnTasks ownTasks, CurrentUser caller, ComplaintReach reach) {
    this.links = links;
    this.ownTasks = ownTasks;
    this.caller = caller;
    this.reach = reach;
  }

  @ApiResponse(
      responseCode = "409",
      description = "已关联，已与其他投诉关联，或投诉已关闭 already linked, linked elsewhere, or closed")
  @PostMapping(
      path = "/api/complaints/{complaintNo}/links",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "关联同一问题投诉 Link the complaint to another's issue (R-SEV-HOT; supervisors and above): counted "
              + "at once, a count crossing a threshold raises the issue's open complaints")
  @ResponseStatus(HttpStatus.OK)
  SameIssueLinks.Answer link(
      @PathVariable @Pattern(regexp = ComplaintNumbers.PATTERN, message = ComplaintNumbers.MESSAGE)
          String complaintNo,
      @RequestBody LinkRequest request) {
    reach.requireVisible(
        request.other()); // issue 16: the other complaint too must be of the caller's communities
    return links.link(complaintNo, request.other(), request.reason(), caller.id(), caller.groups());
  }

  @ApiResponse(responseCode = "409", description = "投诉已关闭 the complaint is closed")
  @PostMapping(
      path = "/api/complaints/{complaintNo}/unlink",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "解除同一问题关联 Remove the complaint from the issue it shares with another (R-SEV-HOT; supervisors "
              + "and above): nothing is lowered, complaints the count had raised get a Confirm severity task")
  @ResponseStatus(HttpStatus.OK)
  SameIssueLinks.Answer unlink(
      @PathVariable @Pattern(regexp = ComplaintNumbers.PATTERN, message = ComplaintNumbers.MESSAGE)
          String complaintNo,
      @RequestBody LinkRequest request) {
    reach.requireVisible(request.other());
    return links.unlink(
        complaintNo, request.other(), request.reason(), caller.id(), caller.groups());
  }

  @ApiResponse(
      responseCode = "409",
      description = "不是核实任务，或没有同一问题关联 not the Verify task, or no same-issue link")
  @PostMapping(
      path = "/api/tasks/{taskId}/same-issue",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "核实时确认或否定同一问题关联 The verifier confirms or rejects the intake's same-issue match from the "
              + "Verify task (R-SEV-HOT)")
  @ResponseStatus(HttpStatus.OK)
  SameIssueLinks.Answer decide(
      @PathVariable @Pattern(regexp = OwnTasks.TASK_ID) String taskId,
      @RequestBody MatchDecision request) {
    OwnTasks.OwnTask step = ownTasks.find(taskId);
    return links.decide(
        step.complaint(), step.step(), request.decision(), request.reason(), caller.id());
  }
}
