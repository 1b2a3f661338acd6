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

/** A timeline entry: who did what to a complaint, and when. */
@Entity
@Table(name = "complaint_event")
public class ComplaintEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "complaint_id", nullable = false)
  private Long complaintId;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", nullable = false, length = 30)
  private ComplaintEventType type;

  @Column(length = 64)
  private String actor;

  @Column(length = 2000)
  private String detail;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  protected ComplaintEvent() {}

  ComplaintEvent(
      Long complaintId, ComplaintEventType type, String actor, String detail, Instant occurredAt) {
    this.complaintId = complaintId;
    this.type = type;
    this.actor = actor;
    this.detail = detail;
    this.occurredAt = occurredAt;
  }

  public Long getComplaintId() {
    return complaintId;
  }

  public ComplaintEventType getType() {
    return type;
  }

  public String getActor() {
    return actor;
  }

  public String getDetail() {
    return detail;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }
}
