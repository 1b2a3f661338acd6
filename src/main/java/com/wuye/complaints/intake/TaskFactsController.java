package com.wuye.complaints.intake;

import com.wuye.complaints.support.PlatformApi;
import com.wuye.complaints.tasklist.OwnTasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * R-SEV-UP: new facts reported from any open task of the complaint (Tasklist's case-file tab), with
 * the Tasklist session; the same as POST /api/complaints/{no}/facts.
 */
@PlatformApi
@Tag(name = "tasks", description = "任务 Claim and complete tasks")
class TaskFactsController {

  private final OwnTasks ownTasks;
  private final FactsIntake facts;

  TaskFactsController(OwnTasks ownTasks, FactsIntake facts) {
    this.ownTasks = ownTasks;
    this.facts = facts;
  }

  @ApiResponse(
      responseCode = "409",
      description = "投诉已不在处理中 the complaint is no longer being resolved")
  @PostMapping(
      path = "/api/tasks/{taskId}/facts",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "从任务报告新情况 Report new facts from a task of one's own (R-SEV-UP: reassessed at once, never lowered)")
  @ResponseStatus(HttpStatus.OK)
  IntakeResponse report(
      @PathVariable @Pattern(regexp = OwnTasks.TASK_ID) String taskId,
      @Valid @RequestBody FactsRequest request) {
    return facts.report(ownTasks.find(taskId).complaint().getComplaintNo(), request);
  }
}
