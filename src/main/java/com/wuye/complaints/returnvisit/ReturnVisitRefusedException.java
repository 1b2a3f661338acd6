package com.wuye.complaints.returnvisit;

import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;

/** R-VISIT-1: the return visit must be made by someone other than the handler. */
public class ReturnVisitRefusedException extends InvalidInputException {

  ReturnVisitRefusedException(String visitor) {
    super(FieldError.of("assignee", "invalid.returnvisit.r-visit-1-return-visit-made", visitor));
  }
}
