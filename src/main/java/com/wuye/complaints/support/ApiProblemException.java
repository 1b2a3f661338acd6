package com.wuye.complaints.support;

/**
 * A request the API refuses for a reason the caller can act on; becomes a problem response in the
 * caller's language (Problems). Title and detail are the catalogue's (Messages).
 */
public class ApiProblemException extends RuntimeException {

  private final int status;
  private final Text title;
  private final Text detail;

  public ApiProblemException(int status, Text title, Text detail) {
    super(detail.zh() + " / " + detail.en());
    this.status = status;
    this.title = title;
    this.detail = detail;
  }

  /** Refused with {@code status}, its usual title, and the catalogue's {@code detailKey}. */
  public static ApiProblemException of(int status, String detailKey, Object... args) {
    return new ApiProblemException(
        status, Messages.text("problem.title." + status), Messages.text(detailKey, args));
  }

  public int status() {
    return status;
  }

  public Text title() {
    return title;
  }

  public Text detail() {
    return detail;
  }

  public static ApiProblemException notFound(String detailKey, Object... args) {
    return of(404, detailKey, args);
  }

  public static ApiProblemException conflict(String detailKey, Object... args) {
    return of(409, detailKey, args);
  }

  public static ApiProblemException forbidden(String detailKey, Object... args) {
    return of(403, detailKey, args);
  }
}
