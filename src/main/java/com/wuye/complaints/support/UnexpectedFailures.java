package com.wuye.complaints.support;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;

/**
 * A failure nobody foresaw — a bug, a broken dependency, an exception a filter let through —
 * answered as a 500 problem in the caller's language that says nothing internal (no exception
 * class, message, SQL or stack trace) and carries a correlation id; the exception itself is logged
 * at ERROR under that id, so whoever reports the id can be matched to the log line. Used by the MVC
 * advice (ApiProblemHandler) and by Spring's error path (ProblemErrorController).
 */
final class UnexpectedFailures {

  /** The problem's property that carries the id also written to the log. */
  static final String CORRELATION_ID = "correlationId";

  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailures.class);

  private UnexpectedFailures() {}

  /** Logs {@code failure} (may be null: a 500 without an exception) and words its problem. */
  static ProblemDetail answer(Throwable failure, HttpServletRequest request) {
    String id = UUID.randomUUID().toString();
    LOG.error(
        "unexpected failure {} answering {} {}", id, request.getMethod(), path(request), failure);
    ProblemDetail problem =
        Problems.of(500, "problem.title.500", "problem.unexpected", Language.of(request), id);
    problem.setProperty(CORRELATION_ID, id);
    return problem;
  }

  /** The path asked for: on Spring's error path, the one that failed, not {@code /error}. */
  private static String path(HttpServletRequest request) {
    Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = failed instanceof String uri ? uri : request.getRequestURI();
    return String.valueOf(path).replaceAll("[^\\x20-\\x7e]", "?");
  }
}
