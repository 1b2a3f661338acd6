package com.wuye.complaints.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The facts of a complaint that its severity depends on (R-SEV); the complaint embeds them in its
 * own columns.
 */
@Embeddable
public record ComplaintFacts(
    @Column(name = "in_litigation", nullable = false) boolean inLitigation,
    @Column(name = "media_exposed", nullable = false) boolean mediaExposed,
    @Column(name = "litigation_or_media_risk", nullable = false) boolean litigationOrMediaRisk,
    @Column(name = "needs_other_departments", nullable = false) boolean needsOtherDepartments,
    @Column(name = "collective_size", nullable = false) int collectiveSize) {

  /** R-SEV-UP facts only add up: a reported fact stays, a count only grows. */
  ComplaintFacts plus(ComplaintFacts reported) {
    return new ComplaintFacts(
        inLitigation || reported.inLitigation,
        mediaExposed || reported.mediaExposed,
        litigationOrMediaRisk || reported.litigationOrMediaRisk,
        needsOtherDepartments || reported.needsOtherDepartments,
        Math.max(collectiveSize, reported.collectiveSize));
  }

  /**
   * R-SEV-UP: a fact recorded by mistake, corrected by a person; the only way a fact is taken back.
   */
  ComplaintFacts corrected(ComplaintFact fact, boolean value, Integer count) {
    return new ComplaintFacts(
        fact == ComplaintFact.IN_LITIGATION ? value : inLitigation,
        fact == ComplaintFact.MEDIA_EXPOSED ? value : mediaExposed,
        fact == ComplaintFact.LITIGATION_OR_MEDIA_RISK ? value : litigationOrMediaRisk,
        fact == ComplaintFact.NEEDS_OTHER_DEPARTMENTS ? value : needsOtherDepartments,
        fact == ComplaintFact.COLLECTIVE_SIZE ? count : collectiveSize);
  }
}
