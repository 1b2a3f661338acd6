package com.wuye.complaints.support;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * {@code ${deadlines.after(returnVisitWithin)}} in the models: a due date that many hours or days
 * from now on the engine clock; {@code ${deadlines.before(due, leadTime)}}: a reminder before one.
 * The duration itself always comes from the model (complaint-sla).
 */
@Component("deadlines")
public class Deadlines {

  private final CompanySettings settings;

  public Deadlines(CompanySettings settings) {
    this.settings = settings;
  }

  public Date after(String isoDuration) {
    return from(ClockUtil.getCurrentTime(), isoDuration);
  }

  /**
   * {@code ${deadlines.before(handleDueAt, handleReminderBefore)}}: when to remind of a deadline,
   * the lead time (complaint-sla.dmn#complaint-reminders) before it, and never in the past: a task
   * that starts inside its lead time is reminded at once.
   */
  public Date before(Date due, String leadTime) {
    Date reminder =
        Date.from(IsoDurations.subtractFrom(due.toInstant(), leadTime, settings.timeZone()));
    Date now = ClockUtil.getCurrentTime();
    return reminder.before(now) ? now : reminder;
  }

  public Date from(Date start, String isoDuration) {
    return Date.from(IsoDurations.addTo(start.toInstant(), isoDuration, settings.timeZone()));
  }
}
