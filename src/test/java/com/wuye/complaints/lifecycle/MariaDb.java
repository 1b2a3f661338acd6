package com.wuye.complaints.lifecycle;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The MariaDB or MySQL the *MariaDbIT tests run against: {@code -Dit.mysql.url=jdbc:mysql://…}
 * (CI sets it; see README), user root with an empty password unless it.mysql.user/password say otherwise.
 */
final class MariaDb {

  private MariaDb() {
  }

  static void connect(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> System.getProperty("it.mysql.url"));
    registry.add("spring.datasource.username", () -> System.getProperty("it.mysql.user", "root"));
    registry.add("spring.datasource.password", () -> System.getProperty("it.mysql.password", ""));
  }
}
