package com.wuye.complaints.tasklist;

import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.identity.CommunityScope;
import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.support.ApiProblemException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A task of the caller's own and the complaint it belongs to, for the endpoints a task's tabs read
 * (contact, case file). The engine decides what the caller may see: another group's or another
 * community's task is "not found", so its existence is not disclosed. The complaint is the one the
 * process was started for, its business key — never a variable someone could set.
 */
@Component
public class OwnTasks {

  /**
   * What a task id may look like in a path (the engine's ids); anything else is a 400 before any
   * lookup.
   */
  public static final String TASK_ID = "[A-Za-z0-9-]{1,64}";

  public record OwnTask(Task task, Complaint complaint) {}

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final ComplaintService complaints;
  private final CurrentUser caller;
  private final CommunityScope communities;

  OwnTasks(
      TaskService tasks,
      RuntimeService runtime,
      ComplaintService complaints,
      CurrentUser caller,
      CommunityScope communities) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.complaints = complaints;
    this.caller = caller;
    this.communities = communities;
  }

  public OwnTask find(String taskId) {
    Task task = caller.asCaller(() -> tasks.createTaskQuery().taskId(taskId).singleResult());
    if (task == null || task.getProcessInstanceId() == null) {
      throw ApiProblemException.notFound("tasklist.no-task-yours", taskId);
    }
    ProcessInstance process =
        runtime
            .createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .singleResult();
    Complaint complaint =
        (process == null || process.getBusinessKey() == null
                ? java.util.Optional.<Complaint>empty()
                : complaints.findByNumber(process.getBusinessKey()))
            .orElseThrow(
                () -> ApiProblemException.notFound("tasklist.task-belongs-no-complaint", taskId));
    // issue 16: the engine's tenant check already hides other communities' tasks; a task of a
    // complaint
    // started before tenants existed (no tenant) is still not another community's business
    communities.requireVisible(complaint.getCommunityCode(), "tasklist.no-task-yours", taskId);
    return new OwnTask(task, complaint);
  }
}
