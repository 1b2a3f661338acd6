package com.wuye.complaints.waiting;

import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintNumbers;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.support.ApiProblemException;
import com.wuye.complaints.support.PlatformApi;
import com.wuye.complaints.tasklist.OwnTasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.camunda.bpm.engine.TaskService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * R-SEV-MAJOR/HOT, R-ESC-2: from the handling task (Tasklist session or API) or by complaint number
 * (supervisors do not see the handler's task), the handler group or the supervisor of the complaint
 * records that it waits on the complainant or a third party, and when that ends. Others get 403; a
 * task the caller cannot see is 404; another step, or waiting twice, is 409.
 */
@PlatformApi
@Tag(name = "tasks", description = "任务 Claim and complete tasks")
class TaskWaitingController {

  private static final String ALREADY_WAITING =
      "不在处理步骤，或已在等待 not at the handling step, or already waiting";
  private static final String NOT_WAITING = "不在处理步骤，或未在等待 not at the handling step, or not waiting";

  record WaitingRequest(
      @NotNull(message = "invalid.waiting.on-required-complainant-third-party") WaitingOn on,
      @NotBlank(message = "invalid.waiting.reason-required")
          @Size(max = 500, message = "invalid.waiting.reason-most-500-characters")
          String reason) {}

  @Schema(name = "WaitingPeriod")
  record WaitingPeriod(
      String complaintNo,
      WaitingOn on,
      String reason,
      String startedBy,
      Instant startedAt,
      String endedBy,
      Instant endedAt) {

    static WaitingPeriod of(String complaintNo, ComplaintWaiting period) {
      return new WaitingPeriod(
          complaintNo,
          period.getWaitingOn(),
          period.getStart().note(),
          period.getStart().by(),
          period.getStart().at(),
          period.isOpen() ? null : period.getEnd().by(),
          period.isOpen() ? null : period.getEnd().at());
    }
  }

  private final OwnTasks ownTasks;
  private final WaitingService waiting;
  private final CurrentUser caller;
  private final ComplaintService complaints;
  private final TaskService tasks;

  TaskWaitingController(
      OwnTasks ownTasks,
      WaitingService waiting,
      CurrentUser caller,
      ComplaintService complaints,
      TaskService tasks) {
    this.ownTasks = ownTasks;
    this.waiting = waiting;
    this.caller = caller;
    this.complaints = complaints;
    this.tasks = tasks;
  }

  @PostMapping(path = "/api/tasks/{taskId}/waiting", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @ApiResponse(responseCode = "409", description = ALREADY_WAITING)
  @Operation(
      summary =
          "开始等待投诉人或第三方（不计入时限） Start waiting on the complainant or a third party (not counted toward age and deadline)")
  WaitingPeriod start(
      @PathVariable @Pattern(regexp = OwnTasks.TASK_ID) String taskId,
      @Valid @RequestBody WaitingRequest request) {
    return start(handlingStep(taskId), request);
  }

  @PostMapping("/api/tasks/{taskId}/waiting/end")
  @ApiResponse(responseCode = "409", description = NOT_WAITING)
  @Operation(
      summary =
          "结束等待，时限顺延 End the waiting: the age checks and the handling deadline move later by the time waited")
  @ResponseStatus(HttpStatus.OK)
  WaitingPeriod end(@PathVariable @Pattern(regexp = OwnTasks.TASK_ID) String taskId) {
    return end(handlingStep(taskId));
  }

  @PostMapping(
      path = "/api/complaints/{complaintNo}/waiting",
      consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @ApiResponse(responseCode = "409", description = ALREADY_WAITING)
  @Operation(
      summary =
          "开始等待投诉人或第三方（按投诉编号，供监督人使用） Start waiting on the complainant or a third party, by complaint number (for supervisors)")
  WaitingPeriod startByNumber(
      @PathVariable @Pattern(regexp = ComplaintNumbers.PATTERN, message = ComplaintNumbers.MESSAGE)
          String complaintNo,
      @Valid @RequestBody WaitingRequest request) {
    return start(inHandling(complaintNo), request);
  }

  @PostMapping("/api/complaints/{complaintNo}/waiting/end")
  @ApiResponse(responseCode = "409", description = NOT_WAITING)
  @Operation(
      summary =
          "结束等待，时限顺延（按投诉编号） End the waiting, by complaint number: the age checks and the handling deadline move later")
  @ResponseStatus(HttpStatus.OK)
  WaitingPeriod endByNumber(
      @PathVariable @Pattern(regexp = ComplaintNumbers.PATTERN, message = ComplaintNumbers.MESSAGE)
          String complaintNo) {
    return end(inHandling(complaintNo));
  }

  private WaitingPeriod start(Complaint complaint, WaitingRequest request) {
    return WaitingPeriod.of(
        complaint.getComplaintNo(),
        waiting.start(complaint.getId(), request.on(), request.reason().strip(), caller.id()));
  }

  private WaitingPeriod end(Complaint complaint) {
    return WaitingPeriod.of(
        complaint.getComplaintNo(), waiting.end(complaint.getId(), caller.id()));
  }

  /** The handling step of a complaint, for its handler group or its supervisor. */
  private Complaint handlingStep(String taskId) {
    OwnTasks.OwnTask step = ownTasks.find(taskId);
    Complaint complaint = mayRecordWaiting(step.complaint());
    if (!WaitingService.HANDLE_TASK.equals(step.step())) {
      throw ApiProblemException.conflict("waiting.waiting-recorded-from-handling-step");
    }
    return complaint;
  }

  /** A complaint at its handling step, for its handler group or its supervisor. */
  private Complaint inHandling(String complaintNo) {
    Complaint complaint =
        mayRecordWaiting(
            complaints
                .findByNumber(complaintNo)
                .orElseThrow(
                    () -> ApiProblemException.notFound("waiting.no-complaint", complaintNo)));
    if (complaint.getProcessInstanceId() == null
        || tasks
                .createTaskQuery()
                .processInstanceId(complaint.getProcessInstanceId())
                .taskDefinitionKey(WaitingService.HANDLE_TASK)
                .count()
            == 0) {
      throw ApiProblemException.conflict("waiting.complaint-not-at-handling-step");
    }
    return complaint;
  }

  private Complaint mayRecordWaiting(Complaint complaint) {
    if (!caller.groups().contains(complaint.getHandlerGroup())
        && !caller.groups().contains(complaint.getSupervisorGroup())) {
      throw ApiProblemException.forbidden("waiting.handler-or-supervisor-only");
    }
    return complaint;
  }
}
