package com.wuye.complaints.api;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Counts what the application asks of its database: round trips (statement executions; a JDBC batch
 * is one), SQL statements and rows read, by wrapping every DataSource of the context. Counts, not
 * times: a test can compare two pieces of work by what they cost the database, on any machine and
 * under any load. Registered in every test application context (META-INF/spring.factories), so the
 * integration tests keep sharing theirs; the work it counts must run alone.
 */
final class DatabaseWork implements BeanPostProcessor, QueryExecutionListener {

  /** What some work cost the database. */
  record Cost(long roundTrips, long statements, long rowsRead) {}

  private final AtomicLong roundTrips = new AtomicLong();
  private final AtomicLong statements = new AtomicLong();
  private final AtomicLong rowsRead = new AtomicLong();

  /**
   * While {@link #sqlOf} runs: the SQL of each round trip (the first statement of a batch), its
   * white space collapsed.
   */
  private volatile List<String> recording;

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource) {
      // a JDK proxy, not a ProxyDataSource: the benchmark's StatementCounter still wraps it
      return ProxyDataSourceBuilder.create(dataSource)
          .name("database-work")
          .listener(this)
          .proxyResultSet()
          .methodListener(new RowsRead())
          .buildProxy();
    }
    return bean;
  }

  @Override
  public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

  @Override
  public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
    roundTrips.incrementAndGet();
    List<String> sql = recording;
    if (sql != null && !queryInfoList.isEmpty()) {
      sql.add(queryInfoList.get(0).getQuery().strip().replaceAll("\\s+", " "));
    }
    statements.addAndGet(Math.max(1, execInfo.getBatchSize()) * (long) queryInfoList.size());
    List<Statement> log = this.log;
    if (log != null) {
      for (QueryInfo query : queryInfoList) {
        for (List<net.ttddyy.dsproxy.proxy.ParameterSetOperation> set : query.getParametersList()) {
          log.add(
              new Statement(
                  query.getQuery().replaceAll("\\s+", " "),
                  set.stream()
                      .map(operation -> operation.getArgs()[1])
                      .map(String::valueOf)
                      .toList()));
        }
        if (query.getParametersList().isEmpty()) {
          log.add(new Statement(query.getQuery().replaceAll("\\s+", " "), List.of()));
        }
      }
    }
  }

  /** One statement sent, with the values of its parameters. */
  record Statement(String sql, List<String> parameters) {}

  /** While statementsOf runs: each statement sent, in order. */
  private volatile List<Statement> log;

  /** The statements the work sent (nothing else may use the database meanwhile). */
  List<Statement> statementsOf(Runnable work) {
    List<Statement> sent = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    log = sent;
    try {
      work.run();
    } finally {
      log = null;
    }
    return List.copyOf(sent);
  }

  /** What the work cost the database (nothing else may use it meanwhile). */
  Cost of(Runnable work) {
    Cost before = now();
    work.run();
    Cost after = now();
    return new Cost(
        after.roundTrips() - before.roundTrips(),
        after.statements() - before.statements(),
        after.rowsRead() - before.rowsRead());
  }

  /**
   * The SQL of each round trip the work made, in order (nothing else may use the database
   * meanwhile; background pollers' statements would be listed too).
   */
  List<String> sqlOf(Runnable work) {
    List<String> sql = Collections.synchronizedList(new ArrayList<>());
    recording = sql;
    try {
      work.run();
    } finally {
      recording = null;
    }
    synchronized (sql) {
      return List.copyOf(sql);
    }
  }

  private Cost now() {
    return new Cost(roundTrips.get(), statements.get(), rowsRead.get());
  }

  /** Each row a result set moved onto. */
  private final class RowsRead implements MethodExecutionListener {

    @Override
    public void beforeMethod(MethodExecutionContext context) {}

    @Override
    public void afterMethod(MethodExecutionContext context) {
      if (context.getTarget() instanceof ResultSet
          && "next".equals(context.getMethod().getName())
          && Boolean.TRUE.equals(context.getResult())) {
        rowsRead.incrementAndGet();
      }
    }
  }

  /** Adds a DatabaseWork to every test application context, the same for all (one cache key). */
  record Registration() implements ContextCustomizerFactory, ContextCustomizer {

    @Override
    public ContextCustomizer createContextCustomizer(
        Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
      // not in the benchmark (package bench): it counts with its own light proxy, and this one's
      // result-set proxies cost CPU on every JDBC call, which the benchmark's timings would include
      return testClass.getPackageName().endsWith(".bench") ? null : this;
    }

    @Override
    public void customizeContext(
        ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
      if (context instanceof BeanDefinitionRegistry registry) {
        registry.registerBeanDefinition("databaseWork", new RootBeanDefinition(DatabaseWork.class));
      }
    }
  }
}
