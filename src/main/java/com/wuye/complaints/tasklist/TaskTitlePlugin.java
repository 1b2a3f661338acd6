package com.wuye.complaints.tasklist;

import static com.wuye.complaints.complaint.ComplaintProcess.BUILDING;
import static com.wuye.complaints.complaint.ComplaintProcess.COMPLAINT_NO;
import static com.wuye.complaints.complaint.ComplaintProcess.ROOM;
import static com.wuye.complaints.complaint.ComplaintProcess.SEVERITY;
import static com.wuye.complaints.complaint.ComplaintProcess.UNIT;

import com.wuye.complaints.support.CompanySettings;
import com.wuye.complaints.support.UserTaskParsing;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives every user task, as it is created, a title a person can scan in Tasklist (see {@link
 * TaskTitles}) and a description saying by when. Added by the engine to every user task of every
 * model, so analysts do not have to remember it in Modeler.
 */
@Component
class TaskTitlePlugin extends AbstractProcessEnginePlugin {

  private static final String REPAIR_NO = "repairNo";

  private final CompanySettings settings;

  TaskTitlePlugin(CompanySettings settings) {
    this.settings = settings;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskListener titling = this::title;
    UserTaskParsing.onEachUserTask(
        configuration,
        (activity, definition) ->
            definition.addTaskListener(TaskListener.EVENTNAME_CREATE, titling));
  }

  private void title(DelegateTask task) {
    String step = TaskTitles.step(task.getName());
    // issue 18: the variables of the task's execution: a task being created holds none of its own
    // yet, and asking the task would query the database for them first
    VariableScope variables = task.getExecution() != null ? task.getExecution() : task;
    if (variables.getVariable(COMPLAINT_NO) == null
        && variables.getVariable(REPAIR_NO) instanceof String repairNo) {
      // R-REP-1 a repair order's task
      task.setName(
          TaskTitles.repairTitle(
              step,
              repairNo,
              (String) variables.getVariable("facilityType"),
              Boolean.TRUE.equals(variables.getVariable("emergency")),
              (String) variables.getVariable(BUILDING),
              (String) variables.getVariable(UNIT),
              (String) variables.getVariable(ROOM),
              task.getDueDate(),
              settings.timeZone()));
      task.setDescription(TaskTitles.description(step, task.getDueDate(), settings.timeZone()));
      return;
    }
    task.setName(
        TaskTitles.title(
            step,
            (String) variables.getVariable(COMPLAINT_NO),
            (String) variables.getVariable(SEVERITY),
            (String) variables.getVariable(BUILDING),
            (String) variables.getVariable(UNIT),
            (String) variables.getVariable(ROOM)));
    task.setDescription(TaskTitles.description(step, task.getDueDate(), settings.timeZone()));
  }
}
