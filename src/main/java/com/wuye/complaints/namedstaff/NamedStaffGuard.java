package com.wuye.complaints.namedstaff;

import static com.wuye.complaints.complaint.ComplaintProcess.KEY;
import static com.wuye.complaints.complaint.ComplaintProcess.NAMED_STAFF;

import com.wuye.complaints.support.UserTaskParsing;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.stereotype.Component;

/**
 * R-RESP, R-VISIT-1 "no one handles or visits a complaint about themselves": added by the engine,
 * as it parses process complaint-handling, to every one of its user tasks — verify, handle,
 * feedback, return visit, rectify, confirmations and any added later — as a built-in listener on
 * assignment and on complete (before the model's own listeners). The staff member the complaint
 * names (variable namedStaff) may not claim or be given any task of it, nor complete one.
 */
@Component
class NamedStaffGuard extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskListener guard = NamedStaffGuard::check;
    UserTaskParsing.onEachUserTask(
        configuration,
        (activity, definition) -> {
          if (activity.getProcessDefinition() instanceof ProcessDefinitionEntity process
              && KEY.equals(process.getKey())) {
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, guard);
            definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, guard);
          }
        });
  }

  static void check(DelegateTask task) {
    String named = (String) task.getVariable(NAMED_STAFF);
    if (named == null) {
      return;
    }
    if (named.equals(task.getAssignee())) {
      throw new NamedStaffRefusedException(named);
    }
    if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
      Authentication auth =
          task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      if (auth != null && named.equals(auth.getUserId())) {
        throw new NamedStaffRefusedException(named);
      }
    }
  }
}
