package com.wuye.complaints.classification;

import com.wuye.complaints.complaint.ComplaintNumbers;
import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.support.NoStore;
import com.wuye.complaints.support.PlatformApi;
import com.wuye.complaints.tasklist.OwnTasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * R-SEV-UP: a person's severity change with a reason and the correction of a mistaken fact, by
 * complaint number (API) or from a task of one's own (Tasklist's case-file tab).
 */
@PlatformApi
@Tag(name = "severity", description = "投诉等级 Severity governance (R-SEV-UP, R-SEV-HOT)")
class SeverityApiController {

  /** The severity a person sets, and why. */
  record SeverityRequest(String severity, String reason) {}

  /** A fact recorded by mistake, its right value, and why. */
  record FactCorrectionRequest(String fact, Object value, String reason) {}

  private final SeverityGovernance governance;
  private final OwnTasks ownTasks;
  private final CurrentUser caller;

  SeverityApiController(SeverityGovernance governance, OwnTasks ownTasks, CurrentUser caller) {
    this.governance = governance;
    this.ownTasks = ownTasks;
    this.caller = caller;
  }

  @ApiResponse(
      responseCode = "409",
      description =
          "已是该等级，或投诉已关闭、已不在处理中 already of that severity, closed, or no longer being resolved")
  @PostMapping(
      path = "/api/complaints/{complaintNo}/severity",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "调整投诉等级（须说明原因） Set the severity with a reason (R-SEV-UP): customer-service supervisors "
              + "and above; raising takes effect at once, lowering only by the supervising group of the current class")
  @ResponseStatus(HttpStatus.OK)
  SeverityGovernance.Answer change(
      @PathVariable @Pattern(regexp = ComplaintNumbers.PATTERN, message = ComplaintNumbers.MESSAGE)
          String complaintNo,
      @RequestBody SeverityRequest request) {
    return governance.change(
        complaintNo, request.severity(), request.reason(), caller.id(), caller.groups());
  }

  @ApiResponse(responseCode = "409", description = "投诉已关闭 the complaint is closed")
  @PostMapping(
      path = "/api/complaints/{complaintNo}/facts/corrections",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "更正误报的事实（不改变等级） Correct a fact recorded by mistake (R-SEV-UP): recorded with the reason; "
              + "the severity stays and is changed, if at all, through /severity with a reason")
  @ResponseStatus(HttpStatus.OK)
  SeverityGovernance.Answer correct(
      @PathVariable @Pattern(regexp = ComplaintNumbers.PATTERN, message = ComplaintNumbers.MESSAGE)
          String complaintNo,
      @RequestBody FactCorrectionRequest request) {
    return governance.correctFact(
        complaintNo,
        request.fact(),
        request.value(),
        request.reason(),
        caller.id(),
        caller.groups());
  }

  @GetMapping(path = "/api/tasks/{taskId}/severity", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "我能否调整此任务所属投诉的等级 What the caller may do about the severity of their task's complaint")
  ResponseEntity<SeverityGovernance.Rights> rights(
      @PathVariable @Pattern(regexp = OwnTasks.TASK_ID) String taskId) {
    OwnTasks.OwnTask step = ownTasks.find(taskId);
    return NoStore.ok(governance.rights(step.complaint(), caller.groups(), step.step()));
  }

  @ApiResponse(
      responseCode = "409",
      description = "已是该等级，或已不在处理中 already of that severity, or no longer being resolved")
  @PostMapping(
      path = "/api/tasks/{taskId}/severity",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "从任务调整投诉等级（须说明原因） Set the severity of one's task's complaint with a reason (R-SEV-UP)")
  @ResponseStatus(HttpStatus.OK)
  SeverityGovernance.Answer changeFromTask(
      @PathVariable @Pattern(regexp = OwnTasks.TASK_ID) String taskId,
      @RequestBody SeverityRequest request) {
    String complaintNo = ownTasks.find(taskId).complaint().getComplaintNo();
    return governance.change(
        complaintNo, request.severity(), request.reason(), caller.id(), caller.groups());
  }
}
