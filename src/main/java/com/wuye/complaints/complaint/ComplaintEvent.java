package com.wuye.complaints.complaint;

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

  /** Who did it, when, and the detail. */
  @Embedded
  @AttributeOverride(name = "by", column = @Column(name = "actor", length = 64))
  @AttributeOverride(name = "at", column = @Column(name = "occurred_at", nullable = false))
  @AttributeOverride(name = "note", column = @Column(name = "detail", length = 2000))
  private Step step;

  protected ComplaintEvent() {}

  ComplaintEvent(
      Long complaintId, ComplaintEventType type, String actor, String detail, Instant occurredAt) {
    this.complaintId = complaintId;
    this.type = type;
    this.step = new Step(actor, occurredAt, detail);
  }

  public Long getComplaintId() {
    return complaintId;
  }

  public ComplaintEventType getType() {
    return type;
  }

  public Step getStep() {
    return step;
  }
}
