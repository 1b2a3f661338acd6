package com.wuye.complaints.support;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A recorded step: who took it, when, and what they wrote (a note, result, reason or request).
 * Entities embed it once per step and name its columns with {@code @AttributeOverrides}, so each
 * step keeps the columns it always had.
 */
@Embeddable
public record Step(String by, Instant at, String note) {}
