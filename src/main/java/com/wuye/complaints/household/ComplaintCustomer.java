package com.wuye.complaints.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Issue 16 item 3: the person and household of the register a complaint came from (R-CUST-1,
 * R-CUST-4).
 */
@Entity
@Table(name = "complaint_customer")
class ComplaintCustomer {

  @Id
  @Column(name = "complaint_id")
  private Long complaintId;

  @Column(name = "customer_id", nullable = false)
  private long customerId;

  @Column(name = "household_id", nullable = false)
  private long householdId;

  @Enumerated(EnumType.STRING)
  @Column(name = "register_category", nullable = false, length = 1)
  private CustomerCategory registerCategory;

  @Column(name = "linked_at", nullable = false)
  private Instant linkedAt;

  protected ComplaintCustomer() {}

  ComplaintCustomer(
      long complaintId,
      long customerId,
      long householdId,
      CustomerCategory registerCategory,
      Instant linkedAt) {
    this.complaintId = complaintId;
    this.customerId = customerId;
    this.householdId = householdId;
    this.registerCategory = registerCategory;
    this.linkedAt = linkedAt;
  }
}
