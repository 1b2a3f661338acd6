package com.wuye.complaints.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** R-CUST-5: one showing of a complainant's full name and phone. */
@Entity
@Table(name = "personal_data_access")
class PersonalDataAccess {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "complaint_id", nullable = false)
  private long complaintId;

  @Column(name = "accessed_by", nullable = false, length = 64)
  private String accessedBy;

  @Column(nullable = false, length = 30)
  private String purpose;

  @Column(name = "accessed_at", nullable = false)
  private Instant accessedAt;

  protected PersonalDataAccess() {
  }

  PersonalDataAccess(long complaintId, String accessedBy, String purpose, Instant accessedAt) {
    this.complaintId = complaintId;
    this.accessedBy = accessedBy;
    this.purpose = purpose;
    this.accessedAt = accessedAt;
  }

  String getAccessedBy() { return accessedBy; }
  String getPurpose() { return purpose; }
}
