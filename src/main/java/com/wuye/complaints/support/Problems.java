package com.wuye.complaints.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;

/**
 * The one place a refusal to a client is built: RFC 9457 problem details whose title and detail
 * come from the catalogue (Messages) in the language the request asks for (Language), and one entry
 * per bad field with {@code field}, {@code message} (in that language; Chinese when the client did
 * not say) and {@code messageEn} (always English). Used by the MVC advice (ApiProblemHandler), the
 * servlet filters, the security entry points and the engine-surface guard alike.
 */
public final class Problems {

  private static final ObjectMapper JSON =
      new ObjectMapper().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);

  private Problems() {}

  /**
   * A problem whose title and detail are the catalogue's {@code titleKey} and {@code detailKey}.
   */
  public static ProblemDetail of(
      int status, String titleKey, String detailKey, Language language, Object... detailArgs) {
    return of(
        status, Messages.text(titleKey), Messages.text(detailKey, detailArgs), List.of(), language);
  }

  public static ProblemDetail of(
      int status, Text title, Text detail, List<FieldError> errors, Language language) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail.detail(language));
    problem.setTitle(title.title(language));
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors.stream().map(error -> entry(error, language)).toList());
    }
    return problem;
  }

  /** Writes {@code problem} as the whole response (outside Spring MVC). */
  public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType("application/problem+json;charset=UTF-8");
    JSON.writeValue(response.getOutputStream(), problem);
  }

  /**
   * Writes the catalogue's problem {@code titleKey}/{@code detailKey} in the request's language.
   */
  public static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String titleKey,
      String detailKey,
      Object... detailArgs)
      throws IOException {
    write(response, of(status, titleKey, detailKey, Language.of(request), detailArgs));
  }

  private static Map<String, String> entry(FieldError error, Language language) {
    Map<String, String> entry = new LinkedHashMap<>();
    entry.put("field", error.field());
    entry.put("message", language == Language.EN ? error.messageEn() : error.messageZh());
    entry.put("messageEn", error.messageEn());
    return entry;
  }
}
