package com.wuye.complaints.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Two complaints about one issue (R-SEV-HOT). Stored both ways, so either finds the other. */
@Entity
@Table(name = "complaint_link")
public class ComplaintLink {

  public static final String SAME_ISSUE = "SAME_ISSUE";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "complaint_id", nullable = false)
  private Long complaintId;

  @Column(name = "linked_complaint_id", nullable = false)
  private Long linkedComplaintId;

  @Column(nullable = false, length = 30)
  private String reason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ComplaintLink() {}

  ComplaintLink(Long complaintId, Long linkedComplaintId, String reason, Instant createdAt) {
    this.complaintId = complaintId;
    this.linkedComplaintId = linkedComplaintId;
    this.reason = reason;
    this.createdAt = createdAt;
  }

  public Long getComplaintId() {
    return complaintId;
  }

  public Long getLinkedComplaintId() {
    return linkedComplaintId;
  }

  public String getReason() {
    return reason;
  }
}
