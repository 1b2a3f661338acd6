package com.wuye.complaints.support;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of the platform's own API as an RFC 9457 problem (application/problem+json), with
 * one entry per bad field in Chinese and English. Nothing internal (stack traces, SQL, class names)
 * is ever sent back.
 */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiProblemHandler.class);
  private static final String INVALID = "输入有误 Invalid input";
  private static final int RETRY_AFTER_SECONDS = 2;

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Object> invalidInput(InvalidInputException e) {
    return problem(
        HttpStatus.BAD_REQUEST, INVALID, "请更正标出的字段 / correct the fields listed", e.errors());
  }

  @ExceptionHandler(ApiProblemException.class)
  ResponseEntity<Object> refused(ApiProblemException e) {
    return problem(HttpStatusCode.valueOf(e.status()), e.title(), e.getMessage(), List.of());
  }

  /**
   * Retried by TransientFailures and still failing: nothing was written, the same request later
   * will do.
   */
  @ExceptionHandler(ServiceBusyException.class)
  ResponseEntity<Object> busy(ServiceBusyException e) {
    LOG.warn("answered 503 for {}: {}", e.getMessage(), String.valueOf(e.getCause()));
    ResponseEntity<Object> problem =
        problem(
            HttpStatus.SERVICE_UNAVAILABLE,
            "系统繁忙 Service busy",
            "系统繁忙，未保存任何内容，请"
                + RETRY_AFTER_SECONDS
                + "秒后重试 / the platform is busy and saved nothing; send the same "
                + "request again in "
                + RETRY_AFTER_SECONDS
                + " s",
            List.of());
    return ResponseEntity.status(problem.getStatusCode())
        .headers(problem.getHeaders())
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
        .body(problem.getBody());
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Object> forbidden(AuthorizationException e) {
    LOG.info("engine refused {}: {}", e.getUserId(), e.getMessage());
    return problem(
        HttpStatus.FORBIDDEN,
        "无权访问 Forbidden",
        "您的角色不能执行此操作 / your role may not do this",
        List.of());
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Object> constraint(ConstraintViolationException e) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> split(lastNode(v.getPropertyPath().toString()), v.getMessage()))
            .toList();
    return problem(HttpStatus.BAD_REQUEST, INVALID, "请更正标出的字段 / correct the fields listed", errors);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(error -> split(error.getField(), error.getDefaultMessage()))
            .toList();
    return problem(HttpStatus.BAD_REQUEST, INVALID, "请更正标出的字段 / correct the fields listed", errors);
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
                                split(
                                    result.getMethodParameter().getParameterName(),
                                    error.getDefaultMessage())))
            .toList();
    return problem(HttpStatus.BAD_REQUEST, INVALID, "请更正标出的字段 / correct the fields listed", errors);
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
          new FieldError(
              path(unknown),
              "不认识的字段：" + unknown.getPropertyName(),
              "unknown field "
                  + unknown.getPropertyName()
                  + "; allowed: "
                  + unknown.getKnownPropertyIds());
    } else if (cause instanceof InvalidFormatException format
        && format.getTargetType() == String.class) {
      error = PlainText.error(path(format));
    } else if (cause instanceof InvalidFormatException format
        && format.getTargetType() != null
        && format.getTargetType().isEnum()) {
      error =
          new FieldError(
              path(format),
              "代码无效：" + format.getValue(),
              "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants()));
    } else if (cause instanceof MismatchedInputException mismatch
        && mismatch.getTargetType() != null) {
      error =
          new FieldError(
              path(mismatch),
              "类型不对，应为" + zhType(mismatch.getTargetType()),
              "wrong type, expected " + enType(mismatch.getTargetType()));
    } else if (cause instanceof JsonParseException parse) {
      error =
          new FieldError(
              "body",
              "JSON 格式错误（第" + parse.getLocation().getLineNr() + "行）",
              "malformed JSON at line "
                  + parse.getLocation().getLineNr()
                  + ", column "
                  + parse.getLocation().getColumnNr());
    } else if (cause instanceof JsonMappingException mapping
        && mapping.getCause() instanceof IllegalArgumentException code) {
      error = new FieldError(path(mapping), "代码无效", code.getMessage());
    } else if (cause instanceof JsonMappingException mapping) {
      error = new FieldError(path(mapping), "无法读取此字段", "this field cannot be read as given");
    } else {
      error =
          new FieldError(
              "body", "请求体缺失或不是合法的 JSON", "the request body is missing or is not valid JSON");
    }
    return problem(
        HttpStatus.BAD_REQUEST,
        INVALID,
        "请求体无法读取 / the request body could not be read",
        List.of(error));
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
    return problem(
        HttpStatus.PAYLOAD_TOO_LARGE,
        "请求体过大 Content too large",
        "上传的内容超过允许的大小 / the upload is larger than allowed",
        List.of());
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    // the standard Spring MVC refusals (415, 405, 406, missing header...) keep their status, in
    // both languages
    if (body instanceof ProblemDetail detail) {
      detail.setTitle(zhTitle(status) + " " + detail.getTitle());
    }
    return super.handleExceptionInternal(e, body, headers, status, request);
  }

  private static String zhTitle(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> "请求有误";
      case 404 -> "找不到";
      case 405 -> "不支持的方法";
      case 406 -> "无法提供此格式";
      case 413 -> "请求体过大";
      case 415 -> "不支持的内容类型";
      default -> "请求失败";
    };
  }

  private static ResponseEntity<Object> problem(
      HttpStatusCode status, String title, String detail, List<FieldError> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    if (!errors.isEmpty()) {
      problem.setProperty(
          "errors",
          errors.stream()
              .map(
                  error ->
                      Map.of(
                          "field",
                          error.field(),
                          "message",
                          error.messageZh(),
                          "messageEn",
                          error.messageEn()))
              .toList());
    }
    return ResponseEntity.status(status)
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /** Bean Validation messages here read "中文 / English". */
  private static FieldError split(String field, String message) {
    String text = message == null ? "" : message;
    int slash = text.indexOf(" / ");
    return slash < 0
        ? new FieldError(field, text, text)
        : new FieldError(field, text.substring(0, slash), text.substring(slash + 3));
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

  private static String zhType(Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "整数";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "是/否（true/false）";
    }
    if (type == String.class) {
      return "文字";
    }
    return "对象";
  }

  private static String enType(Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "text";
    }
    return "an object";
  }
}
