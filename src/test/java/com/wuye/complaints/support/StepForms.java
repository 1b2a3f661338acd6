package com.wuye.complaints.support;

import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;

/** What people submit at the complaint's steps, for the tests that drive the process. */
public final class StepForms {

  private StepForms() {}

  /**
   * What Tasklist's intake (start) form submits for a GENERAL cleaning complaint in room 1-101 of
   * the building: the complainant's name and phone as transient variables (never in history).
   */
  public static Map<String, Object> intake(String phone, String community, String building) {
    return RequestBodies.fields(
        "channel",
        "PHONE",
        "category",
        "CLEANING",
        "complainantName",
        Variables.stringValue("测试业主", true),
        "complainantPhone",
        Variables.stringValue(phone, true),
        "community",
        community,
        "building",
        building,
        "unit",
        "1",
        "room",
        "101",
        "description",
        "垃圾未清运",
        "collectiveSize",
        1L);
  }

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
