package com.wuye.complaints.escalation;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.support.EngineClock;
import com.wuye.complaints.waiting.WaitingService;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_CountDaysUnresolved: R-ESC-2 whole days since intake, the input of
 * complaint-severity, less the time the complaint waited on the complainant or a third party
 * (R-SEV-MAJOR/HOT count company-side time only) — so a timer that fires while the complaint waits
 * raises nothing.
 */
@Component
class CountDaysUnresolvedDelegate implements JavaDelegate {

  private final EngineClock clock;
  private final WaitingService waiting;

  CountDaysUnresolvedDelegate(EngineClock clock, WaitingService waiting) {
    this.clock = clock;
    this.waiting = waiting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // R-IN-2: the age counts from when the complaint was made
    Date madeAt = (Date) execution.getVariable(MADE_AT);
    Date since = madeAt != null ? madeAt : (Date) execution.getVariable(RECEIVED_AT);

    java.time.Instant now = clock.now();
    long days =
        Duration.between(since.toInstant(), now)
            .minus(waiting.notCounted((Long) execution.getVariable(COMPLAINT_ID), now))
            .toDays();

    execution.setVariable(DAYS_UNRESOLVED, (int) days);
    execution.setVariable(CLASSIFICATION_TRIGGER, "AGE");
  }
}
