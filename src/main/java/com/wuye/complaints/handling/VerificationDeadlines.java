package com.wuye.complaints.handling;

import com.wuye.complaints.support.CompanySettings;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * {@code ${verificationDeadlines.dueAt(receivedAt)}} on UserTask_VerifyComplaint: R-IN-3 the date
 * the verification is due. Decision verification-deadline says, from the local time of day of the
 * intake, the time of day it is due and how many days later; this turns that into a date in the
 * company's time zone. Evaluated inside the engine command that creates the task, as a business
 * rule task would be (no separate decision authorization for the person whose action created it).
 */
@Component("verificationDeadlines")
public class VerificationDeadlines {

  static final String DECISION = "verification-deadline";

  private final CompanySettings settings;

  public VerificationDeadlines(CompanySettings settings) {
    this.settings = settings;
  }

  public Date dueAt(Date receivedAt) {
    ZonedDateTime intake = receivedAt.toInstant().atZone(settings.timeZone());
    return TimeOfDayDecision.evaluate(DECISION, intake, Map.of("intakeTime", intake.toLocalTime()))
        .at("dueTime", "dueDayOffset");
  }
}
