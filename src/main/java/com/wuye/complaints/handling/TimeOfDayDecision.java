package com.wuye.complaints.handling;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;

/**
 * A decision that answers from the local time of day of an intake with a time of day and a number
 * of days later (night-shift, verification-deadline). Evaluated inside the engine command that asks
 * (registering the complaint, creating the task), as a business rule task would be: the latest
 * deployed version, and no decision authorization for the person whose action started the command.
 */
record TimeOfDayDecision(ZonedDateTime intake, DmnDecisionResultEntries row) {

  static TimeOfDayDecision evaluate(String key, ZonedDateTime intake, Map<String, Object> inputs) {
    ProcessEngineConfigurationImpl engine = Context.getProcessEngineConfiguration();
    DecisionDefinitionEntity decision =
        (DecisionDefinitionEntity)
            engine.getDeploymentCache().findDeployedLatestDecisionDefinitionByKey(key);
    return new TimeOfDayDecision(
        intake, engine.getDmnEngine().evaluateDecision(decision, inputs).getSingleResult());
  }

  <T> T entry(String output) {
    return row.getEntry(output);
  }

  /**
   * The moment output {@code time} (a time of day) on the day output {@code dayOffset} days after
   * the intake's, in the intake's time zone.
   */
  Date at(String time, String dayOffset) {
    LocalTime at = LocalTime.parse(row.<String>getEntry(time));
    long days = ((Number) row.getEntry(dayOffset)).longValue();
    return Date.from(
        intake.toLocalDate().plusDays(days).atTime(at).atZone(intake.getZone()).toInstant());
  }
}
