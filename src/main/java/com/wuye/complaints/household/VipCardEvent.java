package com.wuye.complaints.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * R-CUST-3: the audit trail of a VIP card — issued, revoked, replaced, expired, renewed, not
 * renewed at its renewal check — never changed afterwards (except that erasure on request blanks
 * reasons).
 */
@Entity
@Table(name = "vip_card_event")
class VipCardEvent {

  enum Type {
    ISSUED,
    REVOKED,
    REPLACED,
    EXPIRED,
    RENEWED,
    NO_RENEWAL
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "card_id", nullable = false)
  private long cardId;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Type event;

  @Column(length = 200)
  private String reason;

  @Column(name = "by_user", nullable = false, length = 64)
  private String byUser;

  @Column(name = "at_time", nullable = false)
  private Instant at;

  protected VipCardEvent() {}

  VipCardEvent(long cardId, Type event, String reason, String byUser, Instant at) {
    this.cardId = cardId;
    this.event = event;
    this.reason = reason;
    this.byUser = byUser;
    this.at = at;
  }

  long getCardId() {
    return cardId;
  }

  Type getEvent() {
    return event;
  }

  String getReason() {
    return reason;
  }

  String getByUser() {
    return byUser;
  }

  Instant getAt() {
    return at;
  }
}
