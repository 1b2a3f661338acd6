package com.wuye.complaints.tasklist;

import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintEventType;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.complaint.ComplaintStatus;
import com.wuye.complaints.support.NoStore;
import com.wuye.complaints.support.PlatformApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What became of the complaint of a task the caller has just completed — Tasklist tells the
 * return-visit clerk "已结案 closed" or "已重开为重复投诉 reopened as repeat complaint TS-…" (R-VISIT-2).
 * Customer relations may no longer read a reopened complaint (R-CUST-5 scope), so this answers only
 * the number, where the complaint stands and whether it was reopened after the task began, and only
 * to the person who completed the task; any other caller, or a task still open, is "not found".
 */
@PlatformApi
@Tag(name = "tasks", description = "任务 Claim and complete tasks")
class TaskOutcomeController {

  @Schema(description = "已完成任务的投诉结果 What became of the complaint of a task the caller completed")
  record TaskOutcome(
      @Schema(description = "完成的步骤 the step completed", example = "UserTask_MakeReturnVisit")
          String taskDefinitionKey,
      @Schema(example = "TS-20260301-0001") String complaintNo,
      @Schema(description = "CLOSED 已结案, REOPENED 已重开为重复投诉, OPEN 仍在处理") String outcome,
      @Schema(description = "投诉当前状态 where the complaint stands now") ComplaintStatus status) {}

  private final OwnTasks ownTasks;
  private final ComplaintService complaints;

  TaskOutcomeController(OwnTasks ownTasks, ComplaintService complaints) {
    this.ownTasks = ownTasks;
    this.complaints = complaints;
  }

  @GetMapping("/api/tasks/{taskId}/outcome")
  @Operation(
      summary =
          "本人刚完成的任务之投诉结果（已结案/已重开） What became of the complaint of a task the caller "
              + "completed: closed, reopened as a repeat complaint, or still open; 404 for anyone else's or an open task")
  ResponseEntity<TaskOutcome> outcome(
      @PathVariable @Pattern(regexp = OwnTasks.TASK_ID) String taskId) {
    OwnTasks.CompletedTask completed = ownTasks.completedByCaller(taskId);
    HistoricTaskInstance task = completed.task();
    Complaint complaint = completed.complaint();
    Instant began = task.getStartTime().toInstant();
    boolean reopened =
        complaints.timeline(complaint.getId()).stream()
            .anyMatch(
                event ->
                    event.getType() == ComplaintEventType.REOPENED
                        && !event.getStep().at().isBefore(began));
    String outcome =
        complaint.getStatus() == ComplaintStatus.CLOSED ? "CLOSED" : reopened ? "REOPENED" : "OPEN";
    return NoStore.ok(
        new TaskOutcome(
            task.getTaskDefinitionKey(),
            complaint.getComplaintNo(),
            outcome,
            complaint.getStatus()));
  }
}
