package com.wuye.complaints.lifecycle;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * R-SEV-IMPORTANT repeat proposals on the production path: MySQL Connector/J and the mysql profile,
 * against the MariaDB or MySQL named by {@code -Dit.mysql.url=jdbc:mysql://…} (CI sets it; see
 * README).
 */
// the web environment of the other integration tests, so all share one application context
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "mysql"})
@ContextConfiguration(initializers = MariaDb.Connection.class)
@EnabledIfSystemProperty(named = "it.mysql.url", matches = "jdbc:mysql:.+")
class RepeatComplaintMariaDbIT extends RepeatComplaintScenario {}
