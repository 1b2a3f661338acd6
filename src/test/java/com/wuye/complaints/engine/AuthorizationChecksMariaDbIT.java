package com.wuye.complaints.engine;

import com.wuye.complaints.lifecycle.MariaDb;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Issue 18: on MariaDB, the platform's engine (revokes checked always) answers checks of one
 * resource from its look-up exactly as the engine's own statement does ({@link
 * AuthorizationChecksByLookup}), beside the other tests' data. MariaDB compares {@code "t1 "} equal
 * to {@code "t1"} (its tables' binary collation pads spaces), H2 does not: ids that differ by a
 * trailing space show that the look-up leaves the comparison of ids to the database, as the
 * engine's statement does.
 */
// the context of the other *MariaDbIT tests, so all share one
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "mysql"})
@ContextConfiguration(initializers = MariaDb.Connection.class)
@EnabledIfSystemProperty(named = "it.mysql.url", matches = "jdbc:mysql:.+")
class AuthorizationChecksMariaDbIT {

  @Autowired ProcessEngine engine;

  @Test
  void answersAsTheEngine() {
    new AuthorizationDifferential(engine, "lookup-diff-", 18L, true)
        .run(60, 40)
        .assertSameAsTheEngine(2400);
  }
}
