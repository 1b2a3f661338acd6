package com.wuye.complaints.support;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The engine's clock. Domain timestamps use it too, so that a test which moves the engine clock
 * (and fires due timers) sees the same time in the complaint tables as in the engine.
 */
@Component
public class EngineClock {

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
