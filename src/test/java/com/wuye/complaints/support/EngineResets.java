package com.wuye.complaints.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What a Spring test that moves the engine's clock or acts as a user leaves behind, undone after
 * each test: the clock back to real time, nobody authenticated on the test thread.
 */
public final class EngineResets implements AfterEachCallback {

  @Override
  public void afterEach(ExtensionContext context) {
    ClockUtil.reset();
    SpringExtension.getApplicationContext(context)
        .getBean(IdentityService.class)
        .clearAuthentication();
  }
}
