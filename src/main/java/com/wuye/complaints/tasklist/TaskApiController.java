package com.wuye.complaints.tasklist;

import com.wuye.complaints.forms.FormSubmission;
import com.wuye.complaints.forms.Forms;
import com.wuye.complaints.identity.CommunityScope;
import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.support.ApiProblemException;
import com.wuye.complaints.support.InvalidInputException;
import com.wuye.complaints.support.PlatformApi;
import com.wuye.complaints.support.TransientFailures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Claiming and completing tasks for systems that do not use Tasklist, as the signed-in user (the
 * engine checks their grants). Two people finishing the same task: one wins, the other gets 409.
 */
@PlatformApi
@RequestMapping("/api/tasks")
@Tag(name = "tasks", description = "任务 Claim and complete tasks")
class TaskApiController {

  record Completion(
      @Size(max = 50, message = "invalid.tasklist.most-50-variables")
          Map<String, Object> variables) {}

  private final TaskService tasks;
  private final HistoryService history;
  private final CurrentUser caller;
  private final Forms forms;
  private final TransientFailures retrying;

  private final CommunityScope communities;

  TaskApiController(
      TaskService tasks,
      HistoryService history,
      CurrentUser caller,
      Forms forms,
      TransientFailures retrying,
      CommunityScope communities) {
    this.communities = communities;
    this.tasks = tasks;
    this.history = history;
    this.caller = caller;
    this.forms = forms;
    this.retrying = retrying;
  }

  @PostMapping("/{taskId}/claim")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @ApiResponse(responseCode = "409", description = "任务已被他人认领 the task is claimed by someone else")
  @Operation(summary = "认领任务 Claim a task")
  ResponseEntity<Void> claim(@PathVariable @Pattern(regexp = OwnTasks.TASK_ID) String taskId) {
    run(taskId, () -> tasks.claim(taskId, caller.id()));
    return ResponseEntity.noContent().build();
  }

  @PostMapping(path = "/{taskId}/complete", consumes = "application/json")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @ApiResponse(
      responseCode = "409",
      description = "任务已被完成或刚被他人处理 the task was completed or just worked on by someone else")
  @Operation(summary = "完成任务 Complete a task with its form values")
  ResponseEntity<Void> complete(
      @PathVariable @Pattern(regexp = OwnTasks.TASK_ID) String taskId,
      @Valid @RequestBody Completion completion) {
    Map<String, Object> submitted =
        completion.variables() == null ? Map.of() : completion.variables();
    // a step changes only what its form asks (the same check Tasklist and engine REST go through)
    VariableMap values =
        forms
            .ofTask(taskId)
            .map(form -> FormSubmission.fromPlain(form, submitted))
            .orElseGet(Variables::createVariables);
    run(taskId, () -> tasks.complete(taskId, values));
    return ResponseEntity.noContent().build();
  }

  private void run(String taskId, Runnable work) {
    // issue 16: another community's task is "not found" (the engine's tenant check would answer a
    // 500)
    communities.requireTaskVisible(taskId, "tasklist.no-task", taskId);
    try {
      // a deadlock or lost lock on a task still open (e.g. against a job on the same complaint) is
      // tried again
      retrying.retry(
          "task " + taskId,
          () -> {
            try {
              caller.asCaller(
                  () -> {
                    work.run();
                    return null;
                  });
            } catch (RuntimeException failed) {
              alreadyCompleted(taskId);
              throw failed;
            }
          });
    } catch (NullValueException missing) {
      alreadyCompleted(taskId);
      throw ApiProblemException.notFound("tasklist.no-task", taskId);
    } catch (ApiProblemException refused) {
      throw refused;
    } catch (RuntimeException failed) {
      // a rule of the step refused it (e.g. R-VISIT-1, a reason missing): the person reads that
      // rule
      InvalidInputException.in(failed)
          .ifPresent(
              refusal -> {
                throw refusal;
              });
      // the loser of a race fails on the engine's optimistic lock, as a MySQL/MariaDB deadlock
      // victim, or
      // on a stale or blocked JPA write of the complaint, and kept failing so (TransientFailures);
      // or, once
      // the winner has finished, it is refused (the task's grants are gone) or a listener fails on
      // state the
      // winner changed (seen on H2). Its transactions were rolled back either way.
      if (lostToConcurrentWork(failed)) {
        throw ApiProblemException.conflict("tasklist.task-was-just-worked-on", taskId);
      }
      alreadyCompleted(taskId);
      throw failed;
    }
  }

  private static boolean lostToConcurrentWork(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof TaskAlreadyClaimedException) {
        return true;
      }
    }
    return TransientFailures.isTransient(e);
  }

  private void alreadyCompleted(String taskId) {
    if (history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0) {
      throw ApiProblemException.conflict("tasklist.task-has-already-been-completed", taskId);
    }
  }
}
