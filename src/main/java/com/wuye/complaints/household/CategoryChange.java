package com.wuye.complaints.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** R-CUST-1: one setting of a customer's category — the history, never changed afterwards. */
@Entity
@Table(name = "customer_category_change")
class CategoryChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 1)
  private CustomerCategory category;

  @Column(length = 200)
  private String reason;

  @Column(name = "set_by", nullable = false, length = 64)
  private String setBy;

  @Column(name = "set_at", nullable = false)
  private Instant setAt;

  protected CategoryChange() {}

  CategoryChange(
      long customerId, CustomerCategory category, String reason, String setBy, Instant setAt) {
    this.customerId = customerId;
    this.category = category;
    this.reason = reason;
    this.setBy = setBy;
    this.setAt = setAt;
  }

  CustomerCategory getCategory() {
    return category;
  }

  String getReason() {
    return reason;
  }

  String getSetBy() {
    return setBy;
  }

  Instant getSetAt() {
    return setAt;
  }
}
