package com.wuye.complaints.support;

import java.net.URI;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;

/**
 * A 200 answer no browser or proxy may keep ({@code Cache-Control: no-store}): for what is personal
 * or of one moment — a register entry, a contact, a case file, a task's rights or outcome
 * (R-CUST-5).
 */
public final class NoStore {

  private NoStore() {}

  public static <T> ResponseEntity<T> ok(T body) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
  }

  /** 201 Created at {@code location}, with what was created. */
  public static <T> ResponseEntity<T> created(String location, T body) {
    return ResponseEntity.created(URI.create(location))
        .cacheControl(CacheControl.noStore())
        .body(body);
  }
}
