package com.wuye.complaints.support;

/** A request the API refuses for a reason the caller can act on; becomes a problem response. */
public class ApiProblemException extends RuntimeException {

  private final int status;
  private final String title;

  public ApiProblemException(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public static ApiProblemException notFound(String what) {
    return new ApiProblemException(404, "找不到 Not found", what);
  }

  public static ApiProblemException conflict(String detail) {
    return new ApiProblemException(409, "冲突 Conflict", detail);
  }
}
