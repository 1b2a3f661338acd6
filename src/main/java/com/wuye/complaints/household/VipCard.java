package com.wuye.complaints.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * R-CUST-3: a VIP card. While it is valid it holds its number ({@code heldSequence}, unique per
 * level in the database); revoked or expired it lets the number go. A lost card is replaced under
 * the same number (the replacements count and the audit trail {@link VipCardEvent} keep its
 * history).
 */
@Entity
@Table(name = "vip_card")
class VipCard {

  enum Status {
    VALID,
    REVOKED,
    EXPIRED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Column(name = "card_no", nullable = false, length = 6)
  private String cardNo;

  @Column(name = "card_level", nullable = false)
  private int level;

  @Column(name = "card_sequence", nullable = false)
  private int sequence;

  @Column(name = "held_sequence")
  private Integer heldSequence;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status;

  @Column(nullable = false, length = 200)
  private String reason;

  @Column(name = "issued_by", nullable = false, length = 64)
  private String issuedBy;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "valid_until", nullable = false)
  private Instant validUntil;

  @Column(nullable = false)
  private int replacements;

  protected VipCard() {}

  VipCard(
      long customerId,
      int level,
      int sequence,
      String reason,
      String issuedBy,
      Instant issuedAt,
      Instant validUntil) {
    this.customerId = customerId;
    this.level = level;
    this.sequence = sequence;
    this.heldSequence = sequence;
    this.cardNo = VipCardNumbers.format(level, sequence);
    this.status = Status.VALID;
    this.reason = reason;
    this.issuedBy = issuedBy;
    this.issuedAt = issuedAt;
    this.validUntil = validUntil;
  }

  boolean isValidAt(Instant at) {
    return status == Status.VALID && validUntil.isAfter(at);
  }

  void revoke() {
    status = Status.REVOKED;
    heldSequence = null;
  }

  void expire() {
    status = Status.EXPIRED;
    heldSequence = null;
  }

  /** R-CUST-3 renewed: the same number, a later expiry. */
  void renew(Instant newValidUntil) {
    validUntil = newValidUntil;
  }

  void replaced() {
    replacements++;
  }

  Long getId() {
    return id;
  }

  long getCustomerId() {
    return customerId;
  }

  String getCardNo() {
    return cardNo;
  }

  int getLevel() {
    return level;
  }

  Status getStatus() {
    return status;
  }

  String getReason() {
    return reason;
  }

  String getIssuedBy() {
    return issuedBy;
  }

  Instant getIssuedAt() {
    return issuedAt;
  }

  Instant getValidUntil() {
    return validUntil;
  }

  int getReplacements() {
    return replacements;
  }
}
