package com.wuye.complaints.support;

/**
 * A unit of work that kept failing transiently (deadlock, lock timeout) after its retries; nothing
 * of it was written. The API answers 503 with Retry-After: the same request later will do.
 */
public class ServiceBusyException extends RuntimeException {

  public ServiceBusyException(String what, Throwable lastFailure) {
    super(what, lastFailure);
  }
}
