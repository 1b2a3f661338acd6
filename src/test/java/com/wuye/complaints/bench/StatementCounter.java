package com.wuye.complaints.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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

  /**
   * While count(…, name) runs: each round trip's SQL (the first statement of a batch and its size).
   */
  private volatile List<String> trace;

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource
        && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
      return ProxyDataSourceBuilder.create(dataSource).name("counted").listener(this).build();
    }
    return bean;
  }

  @Override
  public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

  @Override
  public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
    String thread = Thread.currentThread().getName();
    if (thread.startsWith("JobExecutor[")
        || thread.startsWith("quartz")
        || thread.startsWith("complaint-platform_")) {
      return; // the job executor's and Quartz's polling, not the work measured
    }
    roundTrips.incrementAndGet();
    statements.addAndGet(Math.max(1, execInfo.getBatchSize()) * (long) queryInfoList.size());
    List<String> t = trace;
    if (t != null) {
      String sql =
          queryInfoList.isEmpty() ? "?" : queryInfoList.get(0).getQuery().replaceAll("\\s+", " ");
      t.add((execInfo.isBatch() ? "[batch " + execInfo.getBatchSize() + "] " : "") + sql);
    }
  }

  /**
   * As count(work), and writes the SQL of every round trip to target/bench/sql-name.txt, so that
   * where the round trips go can be read (one line each, in order).
   */
  long[] count(Runnable work, String name) {
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    trace = lines;
    try {
      return count(work);
    } finally {
      trace = null;
      // a statement of another thread may still be adding its line: write a copy taken under the
      // list's lock (iterating the list itself failed once with a ConcurrentModificationException)
      List<String> written;
      synchronized (lines) {
        written = new ArrayList<>(lines);
      }
      try {
        Path out = Path.of("target/bench/sql-" + name + ".txt");
        Files.createDirectories(out.getParent());
        Files.write(out, written);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Round trips and statements made while the work ran (alone: nothing else may use the database
   * meanwhile).
   */
  long[] count(Runnable work) {
    long trips = roundTrips.get();
    long stmts = statements.get();
    work.run();
    return new long[] {roundTrips.get() - trips, statements.get() - stmts};
  }
}
