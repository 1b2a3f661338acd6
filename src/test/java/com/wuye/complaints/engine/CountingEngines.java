package com.wuye.complaints.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Standalone engines on H2 in memory for the engine plugins' tests, each counting the statements it
 * prepares whose text (upper case, spaces collapsed) contains a given piece.
 */
final class CountingEngines {

  private CountingEngines() {}

  /**
   * An engine named {@code name} with {@code plugins}, adding 1 to {@code counter} for every
   * statement containing {@code counted}; {@code settings} may change its configuration first.
   */
  static ProcessEngine engine(
      String name,
      List<ProcessEnginePlugin> plugins,
      String counted,
      AtomicInteger counter,
      Consumer<ProcessEngineConfigurationImpl> settings) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000");
    h2.setUser("sa");
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl)
            ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setDataSource(counting(h2, counted, counter))
                .setProcessEngineName(name)
                .setJobExecutorActivate(false);
    configuration.setProcessEnginePlugins(new ArrayList<>(plugins));
    settings.accept(configuration);
    return configuration.buildProcessEngine();
  }

  private static DataSource counting(DataSource target, String counted, AtomicInteger counter) {
    return (DataSource)
        Proxy.newProxyInstance(
            CountingEngines.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(target, method, args);
              return result instanceof Connection connection
                  ? counting(connection, counted, counter)
                  : result;
            });
  }

  private static Connection counting(Connection target, String counted, AtomicInteger counter) {
    return (Connection)
        Proxy.newProxyInstance(
            CountingEngines.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("prepareStatement")
                  && args[0] instanceof String sql
                  && sql.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").contains(counted)) {
                counter.incrementAndGet();
              }
              return invoke(target, method, args);
            });
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
