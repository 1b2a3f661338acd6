package com.wuye.complaints.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * R-CUST-5: one showing of a person's full name and phone — a complainant's, at a step that calls
 * them (complaintId), or a register entry's, to a keeper of the register or in an export
 * (customerId).
 */
@Entity
@Table(name = "personal_data_access")
class PersonalDataAccess {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "complaint_id")
  private Long complaintId;

  @Column(name = "customer_id")
  private Long customerId;

  @Column(name = "accessed_by", nullable = false, length = 64)
  private String accessedBy;

  @Column(nullable = false, length = 30)
  private String purpose;

  @Column(name = "accessed_at", nullable = false)
  private Instant accessedAt;

  protected PersonalDataAccess() {}

  PersonalDataAccess(
      Long complaintId, Long customerId, String accessedBy, String purpose, Instant accessedAt) {
    this.complaintId = complaintId;
    this.customerId = customerId;
    this.accessedBy = accessedBy;
    this.purpose = purpose;
    this.accessedAt = accessedAt;
  }

  Long getId() {
    return id;
  }

  Long getComplaintId() {
    return complaintId;
  }

  Long getCustomerId() {
    return customerId;
  }

  Instant getAccessedAt() {
    return accessedAt;
  }

  String getAccessedBy() {
    return accessedBy;
  }

  String getPurpose() {
    return purpose;
  }
}
