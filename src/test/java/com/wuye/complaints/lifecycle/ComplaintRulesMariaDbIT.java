package com.wuye.complaints.lifecycle;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The rules on the production path: MySQL Connector/J and the mysql profile against MariaDB. */
@SpringBootTest
@ActiveProfiles({"test", "mysql"})
@EnabledIfSystemProperty(named = "it.mysql.url", matches = "jdbc:mysql:.+")
class ComplaintRulesMariaDbIT extends ComplaintRulesScenario {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    MariaDb.connect(registry);
  }
}
