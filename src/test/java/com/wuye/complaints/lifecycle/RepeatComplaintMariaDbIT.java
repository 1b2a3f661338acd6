package com.wuye.complaints.lifecycle;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * R-SEV-IMPORTANT repeat proposals on the production path: MySQL Connector/J and the mysql profile,
 * against the MariaDB or MySQL named by {@code -Dit.mysql.url=jdbc:mysql://…} (CI sets it; see
 * README).
 */
@SpringBootTest
@ActiveProfiles({"test", "mysql"})
@EnabledIfSystemProperty(named = "it.mysql.url", matches = "jdbc:mysql:.+")
class RepeatComplaintMariaDbIT extends RepeatComplaintScenario {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    MariaDb.connect(registry);
  }
}
