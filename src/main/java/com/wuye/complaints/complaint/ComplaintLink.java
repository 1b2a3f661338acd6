package com.wuye.complaints.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Two complaints about one issue (R-SEV-HOT). Stored both ways, so either finds the other. */
@Entity
@Table(name = "complaint_link")
public class ComplaintLink extends ComplaintRecord {

  public static final String SAME_ISSUE = "SAME_ISSUE";

  @Column(name = "linked_complaint_id", nullable = false)
  private Long linkedComplaintId;

  @Column(nullable = false, length = 30)
  private String reason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ComplaintLink() {}

  ComplaintLink(Long complaintId, Long linkedComplaintId, String reason, Instant createdAt) {
    super(complaintId);
    this.linkedComplaintId = linkedComplaintId;
    this.reason = reason;
    this.createdAt = createdAt;
  }

  public Long getLinkedComplaintId() {
    return linkedComplaintId;
  }

  public String getReason() {
    return reason;
  }
}
