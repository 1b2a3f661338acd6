package com.wuye.complaints.escalation;

import com.wuye.complaints.support.EngineClock;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

/** ServiceTask_CountDaysUnresolved: R-ESC-2 whole days since intake, the input of complaint-severity. */
@Component
class CountDaysUnresolvedDelegate implements JavaDelegate {

  private final EngineClock clock;

  CountDaysUnresolvedDelegate(EngineClock clock) {
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // R-IN-2: the age counts from when the complaint was made
    Date madeAt = (Date) execution.getVariable(MADE_AT);
    Date since = madeAt != null ? madeAt : (Date) execution.getVariable(RECEIVED_AT);

    long days = Duration.between(since.toInstant(), clock.now()).toDays();

    execution.setVariable(DAYS_UNRESOLVED, (int) days);
    execution.setVariable(CLASSIFICATION_TRIGGER, "AGE");
  }
}
