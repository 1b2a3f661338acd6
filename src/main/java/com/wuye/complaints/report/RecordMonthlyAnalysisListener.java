package com.wuye.complaints.report;

import static com.wuye.complaints.report.MonthlyAnalysisProcess.field;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * UserTask_AnalyseMonth (complete): R-KPI-2, R-LOOP 改进 — records the month's causes and its
 * preventive actions (form monthly-analysis: causes, then per action actionNCause, actionNText,
 * actionNOwner, actionNDue, actionNCommunity). A bad field refuses the completion (400).
 */
@Component
class RecordMonthlyAnalysisListener implements TaskListener {

  private final PreventiveActions actions;

  RecordMonthlyAnalysisListener(PreventiveActions actions) {
    this.actions = actions;
  }

  @Override
  public void notify(DelegateTask task) {
    List<PreventiveActions.Draft> drafts = new ArrayList<>();
    for (int slot = 1; slot <= MonthlyAnalysisProcess.ACTION_SLOTS; slot++) {
      drafts.add(
          new PreventiveActions.Draft(
              slot,
              text(task, field("Cause", slot)),
              text(task, field("Text", slot)),
              text(task, field("Owner", slot)),
              text(task, field("Due", slot)),
              text(task, field("Community", slot))));
    }
    actions.record(
        (String) task.getVariable(MonthlyAnalysisProcess.MONTH),
        text(task, MonthlyAnalysisProcess.CAUSES),
        drafts,
        task.getAssignee());
  }

  private static String text(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }
}
