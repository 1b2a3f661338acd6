package com.wuye.complaints.repair;

import static com.wuye.complaints.repair.RepairProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RecordRepairRequest, R-REP-1: parses the request (start form or API, one parser),
 * records the repair order and gives it its dispatch slip number 派工单号 {@code PG-YYYYMMDD-NNNN},
 * which becomes the business key; R-CUST-4 {@code vip} is the register's word.
 */
@Component
class RecordRepairRequestDelegate implements JavaDelegate {

  private final RepairOrders orders;

  RecordRepairRequestDelegate(RepairOrders orders) {
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NewRepair repair = RepairRecordParser.parse(execution.getVariables());
    RepairOrders.Recorded recorded =
        orders.record(
            repair, execution.getProcessInstanceId(), ClockUtil.getCurrentTime().toInstant());
    execution.setProcessBusinessKey(recorded.orderNo());
    execution.setVariable(REPAIR_NO, recorded.orderNo());
    execution.setVariable(VIP, recorded.vip());
    execution.setVariable(FACILITY_TYPE, repair.facility().name());
    execution.setVariable(EMERGENCY, repair.emergency());
  }
}
