package com.wuye.complaints.suggestion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A consultation or suggestion (咨询/建议) that came in as a complaint and was closed at verification.
 */
@Entity
@Table(name = "suggestion")
class Suggestion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "complaint_id", nullable = false, unique = true)
  private Long complaintId;

  @Column(name = "complaint_no", nullable = false, length = 20)
  private String complaintNo;

  @Column(name = "community_code", nullable = false, length = 32)
  private String communityCode;

  @Column(nullable = false, length = 20)
  private String category;

  /** The complaint's description: what was asked or suggested (no name or phone). */
  @Column(nullable = false, length = 2000)
  private String summary;

  @Column(name = "recorded_by", length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Suggestion() {}

  Suggestion(
      Long complaintId,
      String complaintNo,
      String communityCode,
      String category,
      String summary,
      String recordedBy,
      Instant recordedAt) {
    this.complaintId = complaintId;
    this.complaintNo = complaintNo;
    this.communityCode = communityCode;
    this.category = category;
    this.summary = summary;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  Long getComplaintId() {
    return complaintId;
  }

  String getComplaintNo() {
    return complaintNo;
  }

  String getCommunityCode() {
    return communityCode;
  }

  String getCategory() {
    return category;
  }

  String getSummary() {
    return summary;
  }

  String getRecordedBy() {
    return recordedBy;
  }

  Instant getRecordedAt() {
    return recordedAt;
  }
}
