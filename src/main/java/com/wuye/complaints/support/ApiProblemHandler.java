package com.wuye.complaints.support;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of the platform's own API as an RFC 9457 problem (application/problem+json), built
 * by Problems in the caller's language (Language), with one entry per bad field. Nothing internal
 * (stack traces, SQL, class names) is ever sent back.
 */
@RestControllerAdvice
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiProblemHandler.class);
  private static final int RETRY_AFTER_SECONDS = 2;

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Object> invalidInput(InvalidInputException e, HttpServletRequest request) {
    return invalid("problem.invalid.fields", e.errors(), request);
  }

  @ExceptionHandler(ApiProblemException.class)
  ResponseEntity<Object> refused(ApiProblemException e, HttpServletRequest request) {
    return answer(Problems.of(e.status(), e.title(), e.detail(), List.of(), Language.of(request)));
  }

  /**
   * Retried by TransientFailures and still failing: nothing was written, the same request later
   * will do.
   */
  @ExceptionHandler(ServiceBusyException.class)
  ResponseEntity<Object> busy(ServiceBusyException e, HttpServletRequest request) {
    LOG.warn("answered 503 for {}: {}", e.getMessage(), String.valueOf(e.getCause()));
    ResponseEntity<Object> problem =
        answer(
            Problems.of(
                503,
                "problem.title.503",
                "problem.busy",
                Language.of(request),
                RETRY_AFTER_SECONDS));
    return ResponseEntity.status(problem.getStatusCode())
        .headers(problem.getHeaders())
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
        .body(problem.getBody());
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Object> forbidden(AuthorizationException e, HttpServletRequest request) {
    LOG.info("engine refused {}: {}", e.getUserId(), e.getMessage());
    return answer(
        Problems.of(403, "problem.title.403", "problem.role-may-not", Language.of(request)));
  }

  /**
   * Whatever no handler above foresaw: a 500 problem with a correlation id and nothing internal
   * (UnexpectedFailures). Spring Security's refusals pass on to its own handlers (401, 403).
   */
  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) throws Exception {
    if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
      throw e;
    }
    return answer(UnexpectedFailures.answer(e, request));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Object> constraint(ConstraintViolationException e, HttpServletRequest request) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> violation(lastNode(v.getPropertyPath().toString()), v.getMessage()))
            .toList();
    return invalid("problem.invalid.fields", errors, request);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(error -> violation(error.getField(), error.getDefaultMessage()))
            .toList();
    return invalid("problem.invalid.fields", errors, servlet(request));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        e.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(
                            error ->
                                violation(
                                    result.getMethodParameter().getParameterName(),
                                    error.getDefaultMessage())))
            .toList();
    return invalid("problem.invalid.fields", errors, servlet(request));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Throwable cause = e.getCause();
    FieldError error;
    if (cause instanceof UnrecognizedPropertyException unknown) {
      error =
          FieldError.of(
              path(unknown),
              "invalid.json.unknown-field",
              unknown.getPropertyName(),
              String.valueOf(unknown.getKnownPropertyIds()));
    } else if (cause instanceof InvalidFormatException format
        && format.getTargetType() == String.class) {
      error = PlainText.error(path(format));
    } else if (cause instanceof InvalidFormatException format
        && format.getTargetType() != null
        && format.getTargetType().isEnum()) {
      error =
          FieldError.of(
              path(format),
              "invalid.json.code",
              String.valueOf(format.getValue()),
              Arrays.toString(format.getTargetType().getEnumConstants()));
    } else if (cause instanceof MismatchedInputException mismatch
        && mismatch.getTargetType() != null) {
      error =
          FieldError.of(path(mismatch), "invalid.json.type." + typeKey(mismatch.getTargetType()));
    } else if (cause instanceof JsonParseException parse) {
      error =
          FieldError.of(
              "body",
              "invalid.json.malformed",
              parse.getLocation().getLineNr(),
              parse.getLocation().getColumnNr());
    } else if (cause instanceof JsonMappingException mapping
        && mapping.getCause() instanceof IllegalArgumentException code) {
      // the code's own refusal (Category.fromCode and the like) names the codes it accepts
      Text codes = Messages.text("invalid.json.bad-code");
      error = new FieldError(path(mapping), codes.zh(), code.getMessage());
    } else if (cause instanceof JsonMappingException mapping) {
      error = FieldError.of(path(mapping), "invalid.json.unreadable-field");
    } else {
      error = FieldError.of("body", "invalid.json.no-body");
    }
    return invalid("problem.invalid.body", List.of(error), servlet(request));
  }

  /**
   * A photo upload (package photo) larger than complaints.photos.max-request-size, stopped while it
   * streamed in.
   */
  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      org.springframework.web.multipart.MaxUploadSizeExceededException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return answer(
        Problems.of(
            413, "problem.title.413", "problem.upload-too-large", Language.of(servlet(request))));
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    // the standard Spring MVC refusals (415, 405, 406, missing header...) keep their status and
    // Spring's English detail; the title is the catalogue's in the caller's language
    if (body instanceof ProblemDetail detail) {
      String key = "problem.status." + status.value();
      Text title =
          Messages.has(key)
              ? Messages.text(key)
              : new Text(Messages.text("problem.status.other").zh(), detail.getTitle());
      detail.setTitle(title.title(Language.of(servlet(request))));
    }
    return super.handleExceptionInternal(e, body, headers, status, request);
  }

  private static ResponseEntity<Object> invalid(
      String detailKey, List<FieldError> errors, HttpServletRequest request) {
    return answer(
        Problems.of(
            400,
            Messages.text("problem.title.400"),
            Messages.text(detailKey),
            errors,
            Language.of(request)));
  }

  private static ResponseEntity<Object> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static HttpServletRequest servlet(WebRequest request) {
    return request instanceof ServletWebRequest web ? web.getRequest() : null;
  }

  /**
   * A Bean Validation message on the API's requests is a catalogue key ({@code message =
   * "invalid.…"}); a validator's own default (a constraint written without one) is passed on as it
   * is.
   */
  private static FieldError violation(String field, String message) {
    String text = message == null ? "" : message;
    return Messages.has(text) ? FieldError.of(field, text) : new FieldError(field, text, text);
  }

  private static String lastNode(String propertyPath) {
    int dot = propertyPath.lastIndexOf('.');
    return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
  }

  private static String path(JsonMappingException e) {
    String path =
        e.getPath().stream()
            .map(
                ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining("."));
    return path.isEmpty() ? "body" : path.replace(".[", "[");
  }

  private static String typeKey(Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "integer";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "boolean";
    }
    if (type == String.class) {
      return "text";
    }
    return "object";
  }
}
