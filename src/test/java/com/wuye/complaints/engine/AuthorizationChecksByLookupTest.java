package com.wuye.complaints.engine;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 18: the platform answers the engine's checks of one resource ({@link
 * AuthorizationChecksByLookup}) exactly as the engine's own statement does, on random grants,
 * revokes and global authorizations — with revokes checked always (as the platform runs), never,
 * and "auto" (Camunda's default).
 */
class AuthorizationChecksByLookupTest {

  @ParameterizedTest(name = "authorizationCheckRevokes={0}")
  @ValueSource(
      strings = {
        ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_ALWAYS,
        ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER,
        ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_AUTO
      })
  void answersAsTheEngine(String revokes) {
    ProcessEngine engine =
        CountingEngines.engine(
            "authorization-checks-" + revokes,
            List.of(new EngineLookupsPlugin(true)),
            "NOTHING COUNTED",
            new AtomicInteger(),
            configuration -> {
              configuration.setAuthorizationEnabled(true);
              configuration.setAuthorizationCheckRevokes(revokes);
            });
    try {
      new AuthorizationDifferential(engine, "x", 18L, false)
          .run(100, 40)
          .assertSameAsTheEngine(4000);
    } finally {
      engine.close();
    }
  }
}
