package com.wuye.complaints.returnvisit;

import org.camunda.bpm.engine.ProcessEngineException;

/** R-VISIT-1: the return visit must be made by someone other than the handler. */
public class ReturnVisitRefusedException extends ProcessEngineException {

  ReturnVisitRefusedException(String visitor) {
    super("回访须由处理人以外的人员进行：" + visitor + " 处理了此投诉 / "
        + "R-VISIT-1 the return visit must be made by someone other than the handler: " + visitor
        + " handled this complaint");
  }
}
