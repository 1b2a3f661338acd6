package com.wuye.complaints.escalation;

import com.wuye.complaints.support.IsoDurations;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * The deadlines of a complaint as decisions complaint-sla and, for the age thresholds (R-ESC-2),
 * complaint-escalation give them (durations) and as dates counted from intake. R-ESC-2: the intake
 * time stays the clock, however often the complaint is reassessed; R-SEV-MAJOR/HOT: the handling
 * deadline and the age thresholds come later by the time the complaint waited on the complainant or
 * a third party (not the response deadline: the response is owed anyway).
 */
record DeadlinePlan(
    Map<String, Object> durations,
    int taskPriority,
    Instant responseDueAt,
    Instant handleDueAt,
    Instant escalateToHotAt,
    Instant escalateToMajorAt) {

  static final String RESPONSE_WITHIN = "responseWithin";
  static final String HANDLE_WITHIN = "handleWithin";
  static final String HOT_AFTER = "hotAfter";
  static final String MAJOR_AFTER = "majorAfter";
  static final String TASK_PRIORITY = "taskPriority";

  /**
   * @param sla the result of complaint-sla
   * @param ageThresholds hotAfter and majorAfter, the result of complaint-escalation
   */
  static DeadlinePlan of(
      Map<String, Object> sla,
      Map<String, Object> ageThresholds,
      Instant receivedAt,
      ZoneId zone,
      java.time.Duration waited) {
    Map<String, Object> durations = new java.util.LinkedHashMap<>(sla);
    durations.putAll(ageThresholds);
    Object priority = durations.remove(TASK_PRIORITY);
    return new DeadlinePlan(
        durations,
        ((Number) priority).intValue(),
        IsoDurations.addTo(receivedAt, (String) sla.get(RESPONSE_WITHIN), zone),
        IsoDurations.addTo(receivedAt, (String) sla.get(HANDLE_WITHIN), zone).plus(waited),
        IsoDurations.addTo(receivedAt, (String) ageThresholds.get(HOT_AFTER), zone).plus(waited),
        IsoDurations.addTo(receivedAt, (String) ageThresholds.get(MAJOR_AFTER), zone).plus(waited));
  }
}
