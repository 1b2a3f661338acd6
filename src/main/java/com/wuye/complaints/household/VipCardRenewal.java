package com.wuye.complaints.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * R-CUST-3 one renewal check of a VIP card for one expiry: the renewal task of customer relations
 * (process vip-card-renewal) and, once done, its decision. Unique per card and expiry
 * (uq_vip_card_renewal), so the task is started once however often, and on however many nodes, the
 * renewal job runs.
 */
@Entity
@Table(name = "vip_card_renewal")
class VipCardRenewal {

  enum Decision {
    RENEW,
    LET_EXPIRE,
    REVOKE
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "card_id", nullable = false)
  private long cardId;

  @Column(name = "valid_until", nullable = false)
  private Instant validUntil;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(length = 12)
  private Decision decision;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected VipCardRenewal() {}

  VipCardRenewal(long cardId, Instant validUntil, Instant startedAt) {
    this.cardId = cardId;
    this.validUntil = validUntil;
    this.startedAt = startedAt;
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void decided(Decision decision, String by, Instant at) {
    this.decision = decision;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  Long getId() {
    return id;
  }

  long getCardId() {
    return cardId;
  }

  Instant getValidUntil() {
    return validUntil;
  }

  Decision getDecision() {
    return decision;
  }
}
