package com.wuye.complaints.lifecycle;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The MariaDB or MySQL the *MariaDbIT tests run against: {@code -Dit.mysql.url=jdbc:mysql://…} (CI
 * sets it; see README), user root with an empty password unless it.mysql.user/password say
 * otherwise.
 */
public final class MariaDb {

  private MariaDb() {}

  /** The URL, with the flag the engine needs when other Camunda schemas share the server. */
  public static String url() {
    String url = System.getProperty("it.mysql.url");
    return url.contains("nullDatabaseMeansCurrent")
        ? url
        : url + (url.contains("?") ? "&" : "?") + "nullDatabaseMeansCurrent=true";
  }

  public static void connect(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", MariaDb::url);
    registry.add("spring.datasource.username", () -> System.getProperty("it.mysql.user", "root"));
    registry.add("spring.datasource.password", () -> System.getProperty("it.mysql.password", ""));
  }
}
