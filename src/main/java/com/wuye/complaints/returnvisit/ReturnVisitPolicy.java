package com.wuye.complaints.returnvisit;

/** R-VISIT-1 as a plain rule, testable without the engine. */
final class ReturnVisitPolicy {

  private ReturnVisitPolicy() {
  }

  static void checkVisitor(String handledBy, String visitor) {
    if (visitor != null && visitor.equals(handledBy)) {
      throw new ReturnVisitRefusedException(visitor);
    }
  }
}
