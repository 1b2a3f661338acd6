package com.wuye.complaints.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The one component that decides what is transient and retries it; what still fails is 503 with
 * Retry-After.
 */
class TransientFailuresTest {

  private final TransientFailures retrying = new TransientFailures(4, Duration.ZERO);

  @Test
  @DisplayName(
      "a deadlock, lock timeout or lost optimistic lock is transient, wherever in the chain of causes")
  void classifiesDeadlocksAndLockTimeoutsAsTransient() {
    assertThat(
            TransientFailures.isTransient(
                new ProcessEngineException(
                    "flush",
                    new RuntimeException(
                        new SQLTransactionRollbackException(
                            "Deadlock found when trying to get lock", "40001", 1213)))))
        .isTrue();
    assertThat(
            TransientFailures.isTransient(
                new CannotAcquireLockException("Lock wait timeout exceeded")))
        .isTrue();
    assertThat(TransientFailures.isTransient(new OptimisticLockingException("stale execution")))
        .isTrue();
    assertThat(
            TransientFailures.isTransient(
                new java.sql.SQLException("Lock wait timeout exceeded", "HY000", 1205)))
        .isTrue();
    assertThat(TransientFailures.isTransient(new DataIntegrityViolationException("not null")))
        .isFalse();
    assertThat(TransientFailures.isTransient(new IllegalStateException("complaint 7 is closed")))
        .isFalse();
  }

  @Test
  @DisplayName(
      "a transient failure runs the whole unit of work again and its answer is the retry's")
  void retriesTheUnitOfWork() {
    AtomicInteger attempts = new AtomicInteger();

    String answer =
        retrying.retry(
            "intake",
            () -> {
              if (attempts.incrementAndGet() < 3) {
                throw new CannotAcquireLockException("Deadlock found");
              }
              return "201";
            });

    assertThat(answer).isEqualTo("201");
    assertThat(attempts).hasValue(3);
  }

  @Test
  @DisplayName("another failure is passed on at once, not retried")
  void passesOtherFailuresOnAtOnce() {
    Retried retried = failingEveryTime(() -> new IllegalArgumentException("bad"));

    assertThat(retried.thrown()).isInstanceOf(IllegalArgumentException.class);
    assertThat(retried.attempts()).as("run once, not retried").isEqualTo(1);
  }

  @Test
  @DisplayName(
      "no database connection within the pool's timeout is overload: 503 at once, not retried")
  void answersServiceUnavailableAtOnceWhenThePoolIsExhausted() {
    Retried retried =
        failingEveryTime(
            () ->
                new org.springframework.jdbc.CannotGetJdbcConnectionException(
                    "Failed to obtain JDBC Connection",
                    new java.sql.SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 30000ms")));

    assertThat(retried.thrown()).isInstanceOf(ServiceBusyException.class);
    assertThat(retried.attempts()).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "after the bounded attempts the failure is ServiceBusyException, answered 503 with Retry-After in Chinese and English")
  void answersServiceUnavailableWhenRetriesAreSpent() {
    Retried retried = failingEveryTime(() -> new CannotAcquireLockException("Deadlock found"));
    Throwable busy = retried.thrown();

    assertThat(retried.attempts()).isEqualTo(4);
    assertThat(busy)
        .isInstanceOf(ServiceBusyException.class)
        .hasCauseInstanceOf(CannotAcquireLockException.class);
    ResponseEntity<Object> answer =
        new ApiProblemHandler()
            .busy(
                (ServiceBusyException) busy,
                new org.springframework.mock.web.MockHttpServletRequest()); // no Accept-Language
    assertThat(answer.getStatusCode().value()).isEqualTo(503);
    assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
    assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
    ProblemDetail problem = (ProblemDetail) answer.getBody();
    assertThat(problem.getTitle()).isEqualTo("系统繁忙 Service busy");
    assertThat(problem.getDetail()).contains("未保存任何内容").contains("saved nothing");
    assertThat(problem.getDetail()).doesNotContain("Deadlock");
  }

  /** What retrying threw in the end, and how many times the unit of work ran. */
  private record Retried(Throwable thrown, int attempts) {}

  /** Retries a unit of work that fails every time, with a new {@code failure}. */
  private Retried failingEveryTime(java.util.function.Supplier<RuntimeException> failure) {
    AtomicInteger attempts = new AtomicInteger();
    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () ->
                retrying.retry(
                    "intake",
                    () -> {
                      attempts.incrementAndGet();
                      throw failure.get();
                    }));
    return new Retried(thrown, attempts.get());
  }
}
