package com.wuye.complaints.support;

import java.util.Map;

/** What people submit at the complaint's steps, for the tests that drive the process. */
public final class StepForms {

  private StepForms() {}

  /**
   * The return visit of a satisfied complainant at which the visitor found a problem: the
   * responsible department gets a rectification notice (R-VISIT-3).
   */
  public static Map<String, Object> visitFindingAProblem(String problem, String department) {
    return Map.of(
        "satisfaction",
        "SATISFIED",
        "problemFound",
        true,
        "problemDescription",
        problem,
        "responsibleDepartment",
        department);
  }
}
