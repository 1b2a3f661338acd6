package com.wuye.complaints.handling;

import com.wuye.complaints.support.CompanySettings;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * R-IN-4: whether a complaint goes into the monitoring room's night log, and when the morning shift
 * takes over what it hands on. Decision night-shift says it from the channel and the local time of
 * day of the intake; this turns the shift end into a date in the company's time zone. Evaluated
 * inside the engine command that registers the complaint.
 */
@Component("nightShift")
public class NightShift {

  static final String DECISION = "night-shift";

  /** {@code morningShiftStartsAt} is null when the complaint was not taken at night. */
  public record Plan(boolean takenAtNight, Date morningShiftStartsAt) {}

  private final CompanySettings settings;

  public NightShift(CompanySettings settings) {
    this.settings = settings;
  }

  public Plan plan(String channel, Instant receivedAt) {
    ZonedDateTime intake = receivedAt.atZone(settings.timeZone());
    TimeOfDayDecision shift =
        TimeOfDayDecision.evaluate(
            DECISION, intake, Map.of("channel", channel, "intakeTime", intake.toLocalTime()));
    if (!Boolean.TRUE.equals(shift.entry("takenAtNight"))) {
      return new Plan(false, null);
    }
    return new Plan(true, shift.at("shiftEnds", "shiftEndsDayOffset"));
  }
}
