package com.wuye.complaints.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the database round trips (statement executions; a JDBC batch is one) and the SQL
 * statements in them, by wrapping the application's DataSource.
 */
class StatementCounter implements BeanPostProcessor, QueryExecutionListener {

  final AtomicLong roundTrips = new AtomicLong();
  final AtomicLong statements = new AtomicLong();

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
      return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(this).build();
    }
    return bean;
  }

  @Override
  public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
  }

  @Override
  public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
    roundTrips.incrementAndGet();
    statements.addAndGet(Math.max(1, execInfo.getBatchSize()) * (long) queryInfoList.size());
  }

  /** Round trips and statements made while the work ran (alone: nothing else may use the database meanwhile). */
  long[] count(Runnable work) {
    long trips = roundTrips.get();
    long stmts = statements.get();
    work.run();
    return new long[] {roundTrips.get() - trips, statements.get() - stmts};
  }
}
