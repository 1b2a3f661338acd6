package com.wuye.complaints.support;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Spring Boot's error path ({@code /error}), reached by what Spring MVC's advice never sees: an
 * exception thrown by a servlet filter, or a status a filter or the container sent without a body
 * (a {@code sendError}). It answers an RFC 9457 problem like every other refusal instead of Spring
 * Boot's own error JSON: a 5xx as UnexpectedFailures words it (logged, with a correlation id), a
 * 4xx with its status's title from the catalogue. The path asked for directly is a 404: only an
 * error dispatch carries a failure to report.
 */
@Controller
class ProblemErrorController implements ErrorController {

  private final ErrorAttributes errors;

  ProblemErrorController(ErrorAttributes errors) {
    this.errors = errors;
  }

  @RequestMapping("${server.error.path:${error.path:/error}}")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Throwable failure = errors.getError(new ServletWebRequest(request));
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    // asked for directly (no error dispatch): there is nothing here, and nothing to log
    int status = failure != null ? 500 : code instanceof Integer given ? given : 404;
    ProblemDetail problem =
        status >= 400 && status < 500
            ? Problems.of(
                status, titleKey(status), "problem.request-failed", Language.of(request), status)
            : UnexpectedFailures.answer(failure, request);
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static String titleKey(int status) {
    String title = "problem.title." + status;
    String name = "problem.status." + status;
    return Messages.has(title) ? title : Messages.has(name) ? name : "problem.status.other";
  }
}
