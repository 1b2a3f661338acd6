package com.wuye.complaints.api;

import com.wuye.complaints.lifecycle.MariaDb;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Photos on the production path: MySQL Connector/J against MariaDB ({@code -Dit.mysql.url}); the
 * bytes in a MEDIUMBLOB.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "mysql"})
@ContextConfiguration(initializers = MariaDb.Connection.class)
@EnabledIfSystemProperty(named = "it.mysql.url", matches = "jdbc:mysql:.+")
class PhotoMariaDbIT extends PhotoScenario {}
