package com.wuye.complaints.namedstaff;

import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;

/** R-RESP, R-VISIT-1: no one handles, visits or otherwise works a complaint about themselves. */
public class NamedStaffRefusedException extends InvalidInputException {

  NamedStaffRefusedException(String user) {
    super(FieldError.of("assignee", "invalid.namedstaff.r-resp-r-visit-1-complaint", user));
  }
}
