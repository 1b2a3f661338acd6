package com.wuye.complaints.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a complaint's severity history (R-SEV-UP: every change has a recorded reason). */
@Entity
@Table(name = "complaint_severity_change")
public class SeverityChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "complaint_id", nullable = false)
  private Long complaintId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_severity", length = 20)
  private Severity fromSeverity;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_severity", nullable = false, length = 20)
  private Severity toSeverity;

  @Column(nullable = false, length = 500)
  private String reason;

  @Column(name = "changed_by", length = 64)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected SeverityChange() {}

  SeverityChange(
      Long complaintId,
      Severity from,
      Severity to,
      String reason,
      String changedBy,
      Instant changedAt) {
    this.complaintId = complaintId;
    this.fromSeverity = from;
    this.toSeverity = to;
    this.reason = reason;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public Long getComplaintId() {
    return complaintId;
  }

  public Severity getFromSeverity() {
    return fromSeverity;
  }

  public Severity getToSeverity() {
    return toSeverity;
  }

  public String getReason() {
    return reason;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
