package com.wuye.complaints.api;

import com.wuye.complaints.lifecycle.MariaDb;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * What an age escalation asks of the production path: MySQL Connector/J against MariaDB ({@code
 * -Dit.mysql.url}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "mysql"})
@ContextConfiguration(initializers = MariaDb.Connection.class)
@EnabledIfSystemProperty(named = "it.mysql.url", matches = "jdbc:mysql:.+")
class EscalationWorkMariaDbIT extends EscalationWorkScenario {}
