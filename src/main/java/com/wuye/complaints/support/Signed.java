package com.wuye.complaints.support;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Who did something and when, for the steps that record no note (a confirmation, a first contact,
 * the end of a wait). Embedded like {@link Step}, with its columns named per use.
 */
@Embeddable
public record Signed(String by, Instant at) {}
