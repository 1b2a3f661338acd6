package com.wuye.complaints.tasklist;

import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.identity.CommunityScope;
import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.support.ApiProblemException;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A task of the caller's own and the complaint it belongs to, for every endpoint under {@code
 * /api/tasks/{taskId}/…} that reads or changes the task's complaint (contact, case file, facts,
 * severity, same issue, repeat, waiting, photos, outcome). The engine decides what the caller may
 * see: another group's or another community's task is "not found", so its existence is not
 * disclosed. The complaint is the one the process was started for, its business key — never a
 * variable someone could set.
 */
@Component
public class OwnTasks {

  /**
   * What a task id may look like in a path (the engine's ids); anything else is a 400 before any
   * lookup.
   */
  public static final String TASK_ID = "[A-Za-z0-9-]{1,64}";

  /** An open task the caller may see, and its complaint. */
  public record OwnTask(Task task, Complaint complaint) {

    /** The step the task is at, its id in the model (e.g. {@code UserTask_VerifyComplaint}). */
    public String step() {
      return task.getTaskDefinitionKey();
    }
  }

  /** A task the caller has completed, and its complaint. */
  public record CompletedTask(HistoricTaskInstance task, Complaint complaint) {}

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final ComplaintService complaints;
  private final CurrentUser caller;
  private final CommunityScope communities;

  OwnTasks(
      TaskService tasks,
      RuntimeService runtime,
      HistoryService history,
      ComplaintService complaints,
      CurrentUser caller,
      CommunityScope communities) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.history = history;
    this.complaints = complaints;
    this.caller = caller;
    this.communities = communities;
  }

  /** The open task {@code taskId} of a process, as the engine shows it to the caller; else 404. */
  public Task visible(String taskId) {
    Task task = caller.asCaller(() -> tasks.createTaskQuery().taskId(taskId).singleResult());
    if (task == null || task.getProcessInstanceId() == null) {
      throw ApiProblemException.notFound("tasklist.no-task-yours", taskId);
    }
    return task;
  }

  /** The open task {@code taskId} the caller may see and its complaint; else 404. */
  public OwnTask find(String taskId) {
    Task task = visible(taskId);
    ProcessInstance process =
        runtime
            .createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .singleResult();
    Complaint complaint =
        startedFor(process == null ? null : process.getBusinessKey())
            .orElseThrow(
                () -> ApiProblemException.notFound("tasklist.task-belongs-no-complaint", taskId));
    // issue 16: the engine's tenant check already hides other communities' tasks; a task of a
    // complaint started before tenants existed (no tenant) is still not another community's
    // business
    communities.requireVisible(complaint.getCommunityCode(), "tasklist.no-task-yours", taskId);
    return new OwnTask(task, complaint);
  }

  /**
   * The task {@code taskId} the caller completed themselves and its complaint; another person's, an
   * open one or one of no complaint is 404.
   */
  CompletedTask completedByCaller(String taskId) {
    String user = caller.id();
    HistoricTaskInstance task =
        history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
    if (task == null
        || user == null
        || !user.equals(task.getAssignee())
        || task.getProcessInstanceId() == null) {
      throw notCompletedByCaller(taskId);
    }
    HistoricProcessInstance process =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .singleResult();
    return new CompletedTask(
        task,
        startedFor(process == null ? null : process.getBusinessKey())
            .orElseThrow(() -> notCompletedByCaller(taskId)));
  }

  /** The complaint a process was started for: its business key is the complaint's number. */
  private Optional<Complaint> startedFor(String businessKey) {
    return businessKey == null ? Optional.empty() : complaints.findByNumber(businessKey);
  }

  private static ApiProblemException notCompletedByCaller(String taskId) {
    return ApiProblemException.notFound("tasklist.no-task-completed-by-you", taskId);
  }
}
