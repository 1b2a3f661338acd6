package com.wuye.complaints.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * PIPL erasure on request: the person was anonymised — by whom, when, how many complaints and
 * repairs with them.
 */
@Entity
@Table(name = "customer_erasure")
class CustomerErasure {

  @Id
  @Column(name = "customer_id")
  private Long customerId;

  @Column(name = "erased_by", nullable = false, length = 64)
  private String erasedBy;

  @Column(name = "erased_at", nullable = false)
  private Instant erasedAt;

  @Column(name = "complaints_anonymised", nullable = false)
  private int complaintsAnonymised;

  @Column(name = "repairs_anonymised", nullable = false)
  private int repairsAnonymised;

  protected CustomerErasure() {}

  CustomerErasure(
      long customerId,
      String erasedBy,
      Instant erasedAt,
      int complaintsAnonymised,
      int repairsAnonymised) {
    this.customerId = customerId;
    this.erasedBy = erasedBy;
    this.erasedAt = erasedAt;
    this.complaintsAnonymised = complaintsAnonymised;
    this.repairsAnonymised = repairsAnonymised;
  }

  String getErasedBy() {
    return erasedBy;
  }

  Instant getErasedAt() {
    return erasedAt;
  }

  int getComplaintsAnonymised() {
    return complaintsAnonymised;
  }

  int getRepairsAnonymised() {
    return repairsAnonymised;
  }
}
