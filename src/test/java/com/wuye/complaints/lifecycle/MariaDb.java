package com.wuye.complaints.lifecycle;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

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

  /**
   * Points the application context at that database. One initializer class for every *MariaDbIT, so
   * they share one application context (a @DynamicPropertySource method of each class's own made
   * each class's context a new one, with a process engine of its own).
   */
  public static final class Connection
      implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      TestPropertyValues.of(
              "spring.datasource.url=" + url(),
              "spring.datasource.username=" + System.getProperty("it.mysql.user", "root"),
              "spring.datasource.password=" + System.getProperty("it.mysql.password", ""))
          .applyTo(context);
    }
  }
}
