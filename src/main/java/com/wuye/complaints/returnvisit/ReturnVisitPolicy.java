package com.wuye.complaints.returnvisit;

import java.util.Collection;

/** R-VISIT-1 as a plain rule, testable without the engine. */
final class ReturnVisitPolicy {

  private ReturnVisitPolicy() {}

  /** The visitor is none of the people who handled the complaint, in any round. */
  static void checkVisitor(Collection<String> handlers, String visitor) {
    if (visitor != null && handlers.contains(visitor)) {
      throw new ReturnVisitRefusedException(visitor);
    }
  }
}
