package com.wuye.complaints.returnvisit;

import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;

/** R-VISIT-1: the return visit must be made by someone other than the handler. */
public class ReturnVisitRefusedException extends InvalidInputException {

  ReturnVisitRefusedException(String visitor) {
    super(
        new FieldError(
            "assignee",
            "回访须由处理人以外的人员进行：" + visitor + " 处理了此投诉，请由客户关系的其他同事回访",
            "R-VISIT-1 the return visit must be made by someone other than the handler: "
                + visitor
                + " handled this complaint"));
  }
}
