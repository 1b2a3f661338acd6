package com.wuye.complaints.support;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one place that decides what is transient — a deadlock, a lock wait timeout, a lost optimistic
 * lock, whichever layer reports it (JDBC, Spring, JPA, the engine) — and retries it: the whole unit
 * of work again, in a new transaction, a bounded number of times with a jittered pause. What still
 * fails is a {@link ServiceBusyException}, which the API answers with 503 and Retry-After; the
 * failed attempts were rolled back, so nothing of them is written. So is a unit of work that found
 * no free database connection within the pool's timeout (overload), without retrying it.
 */
@Component
public class TransientFailures {

  private static final Logger LOG = LoggerFactory.getLogger(TransientFailures.class);
  private static final long MAX_PAUSE_MILLIS = 1000;

  private final int attempts;
  private final Duration pause;

  public TransientFailures(
      @Value("${complaints.transient-retry.attempts:6}") int attempts,
      @Value("${complaints.transient-retry.pause:PT0.05S}") Duration pause) {
    this.attempts = attempts;
    this.pause = pause;
  }

  /** Deadlock, lock timeout or lost optimistic lock anywhere in the chain of causes. */
  public static boolean isTransient(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockingException
          || cause
              instanceof
              TransientDataAccessException // Spring: ConcurrencyFailure (deadlock, lock),
          // QueryTimeout
          || cause
              instanceof
              SQLTransactionRollbackException // JDBC: deadlock victim (MySQL 1213, H2 40001, 90131)
          || cause instanceof SQLTimeoutException // JDBC: lock wait timeout (H2 50200)
          || cause instanceof jakarta.persistence.OptimisticLockException
          || cause instanceof jakarta.persistence.PessimisticLockException
          || cause instanceof jakarta.persistence.LockTimeoutException
          || cause instanceof SQLException sql && isRollbackState(sql)) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /**
   * The connection pool had no connection for us within its timeout (Hikari:
   * SQLTransientConnectionException).
   */
  static boolean isOverloaded(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.sql.SQLTransientConnectionException
          || cause instanceof org.springframework.jdbc.CannotGetJdbcConnectionException) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private static boolean isRollbackState(SQLException sql) {
    // 40001 serialization failure / deadlock, 40XXX rollbacks; MySQL 1205 lock wait timeout, 1213
    // deadlock
    return sql.getSQLState() != null && sql.getSQLState().startsWith("40")
        || sql.getErrorCode() == 1205
        || sql.getErrorCode() == 1213;
  }

  /**
   * Runs the unit of work; a transient failure runs it again, each time in a transaction of its
   * own. Inside a caller's transaction it runs once: only the caller can retry its whole
   * transaction.
   */
  public <T> T retry(String what, Supplier<T> work) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      return work.get();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return work.get();
      } catch (RuntimeException failure) {
        if (isOverloaded(failure)) {
          // the pool had no connection for the whole connection timeout: retrying would only add
          // load
          LOG.warn("{}: no database connection in time: {}", what, failure.toString());
          throw new ServiceBusyException(what, failure);
        }
        if (!isTransient(failure)) {
          throw failure;
        }
        if (attempt >= attempts) {
          LOG.warn("{}: still failing after {} attempts: {}", what, attempt, failure.toString());
          throw new ServiceBusyException(what, failure);
        }
        LOG.info(
            "{}: attempt {} failed transiently ({}), trying again",
            what,
            attempt,
            failure.toString());
        pauseBefore(attempt + 1);
      }
    }
  }

  public void retry(String what, Runnable work) {
    retry(
        what,
        () -> {
          work.run();
          return null;
        });
  }

  private void pauseBefore(int attempt) {
    long base = Math.min(pause.toMillis() << Math.min(attempt - 2, 6), MAX_PAUSE_MILLIS);
    long jittered = base / 2 + ThreadLocalRandom.current().nextLong(base + 1);
    try {
      Thread.sleep(jittered);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServiceBusyException("interrupted while waiting to retry", e);
    }
  }
}
