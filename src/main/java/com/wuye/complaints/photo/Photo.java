package com.wuye.complaints.photo;

import java.time.Instant;

/** What the photo API answers about a photo (never its bytes; those are at {@code url}). */
record Photo(
    long id,
    String recordType,
    String recordNo,
    String stage,
    String contentType,
    int size,
    String uploadedBy,
    Instant uploadedAt,
    String url,
    boolean mayDelete) {}
