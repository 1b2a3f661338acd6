package com.wuye.complaints.household;

import com.wuye.complaints.support.Step;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

  /** Who set it, when, and why. */
  @Embedded
  @AttributeOverride(name = "by", column = @Column(name = "set_by", length = 64, nullable = false))
  @AttributeOverride(name = "at", column = @Column(name = "set_at", nullable = false))
  @AttributeOverride(name = "note", column = @Column(name = "reason", length = 200))
  private Step setting;

  protected CategoryChange() {}

  CategoryChange(
      long customerId, CustomerCategory category, String reason, String setBy, Instant setAt) {
    this.customerId = customerId;
    this.category = category;
    this.setting = new Step(setBy, setAt, reason);
  }

  CustomerCategory getCategory() {
    return category;
  }

  Step getSetting() {
    return setting;
  }
}
