package com.wuye.complaints.casebook;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * UserTask_WriteUpCase (complete): R-KPI-2 records the case's title, cause, handling and lessons
 * (form case-write-up).
 */
@Component
class RecordCaseWriteUpListener implements TaskListener {

  private final CaseLibrary library;

  RecordCaseWriteUpListener(CaseLibrary library) {
    this.library = library;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, String> text = new LinkedHashMap<>();
    for (String field :
        new String[] {
          CaseWriteUpProcess.TITLE,
          CaseWriteUpProcess.CAUSE,
          CaseWriteUpProcess.HANDLING,
          CaseWriteUpProcess.LESSONS
        }) {
      Object value = task.getVariable(field);
      text.put(field, value == null ? null : value.toString());
    }
    library.write(
        ((Number) task.getVariable(CaseWriteUpProcess.COMPLAINT_ID)).longValue(),
        text,
        task.getAssignee());
  }
}
