package com.wuye.complaints.lifecycle;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** The rules on the production path: MySQL Connector/J and the mysql profile against MariaDB. */
// the web environment of the other integration tests, so all share one application context
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "mysql"})
@ContextConfiguration(initializers = MariaDb.Connection.class)
@EnabledIfSystemProperty(named = "it.mysql.url", matches = "jdbc:mysql:.+")
class ComplaintRulesMariaDbIT extends ComplaintRulesScenario {}
