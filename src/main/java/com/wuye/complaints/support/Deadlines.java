package com.wuye.complaints.support;

import com.wuye.complaints.complaint.ComplaintSettings;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * {@code ${deadlines.after(returnVisitWithin)}} in the models: a due date that many hours or days
 * from now on the engine clock. The duration itself always comes from the model (complaint-sla).
 */
@Component("deadlines")
public class Deadlines {

  private final ComplaintSettings settings;

  public Deadlines(ComplaintSettings settings) {
    this.settings = settings;
  }

  public Date after(String isoDuration) {
    return from(ClockUtil.getCurrentTime(), isoDuration);
  }

  public Date from(Date start, String isoDuration) {
    return Date.from(IsoDurations.addTo(start.toInstant(), isoDuration, settings.timeZone()));
  }
}
