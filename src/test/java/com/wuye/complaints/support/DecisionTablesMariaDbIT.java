package com.wuye.complaints.support;

import com.wuye.complaints.lifecycle.MariaDb;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** Decision rows read by code, on the production path: MySQL Connector/J and the mysql profile. */
// the context of the other *MariaDbIT tests, so all share one
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "mysql"})
@ContextConfiguration(initializers = MariaDb.Connection.class)
@EnabledIfSystemProperty(named = "it.mysql.url", matches = "jdbc:mysql:.+")
class DecisionTablesMariaDbIT extends DecisionTablesScenario {}
