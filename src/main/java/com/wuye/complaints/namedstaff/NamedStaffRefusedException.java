package com.wuye.complaints.namedstaff;

import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;

/** R-RESP, R-VISIT-1: no one handles, visits or otherwise works a complaint about themselves. */
public class NamedStaffRefusedException extends InvalidInputException {

  NamedStaffRefusedException(String user) {
    super(
        new FieldError(
            "assignee",
            "本投诉针对 " + user + " 本人，此人不得认领或办理本投诉的任何任务，请由其他同事办理",
            "R-RESP R-VISIT-1 this complaint is about "
                + user
                + ": they may not claim or complete any of its tasks"));
  }
}
