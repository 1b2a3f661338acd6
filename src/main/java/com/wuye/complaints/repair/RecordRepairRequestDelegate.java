package com.wuye.complaints.repair;

import com.wuye.complaints.support.DailyNumbers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * R-REP-1 records the repair request: gives it its dispatch slip number 派工单号
 * {@code PG-YYYYMMDD-NNNN} (the company's day, then that day's sequence), which becomes the
 * process's business key and variable {@code repairNo}.
 */
@Component
class RecordRepairRequestDelegate implements JavaDelegate {

  static final String REPAIR_NO = "repairNo";

  private final DailyNumbers numbers;

  RecordRepairRequestDelegate(DailyNumbers numbers) {
    this.numbers = numbers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String no = numbers.next(DailyNumbers.Kind.REPAIR_ORDER, ClockUtil.getCurrentTime().toInstant());
    execution.setProcessBusinessKey(no);
    execution.setVariable(REPAIR_NO, no);
  }
}
