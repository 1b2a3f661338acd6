package com.wuye.complaints.complaint;

import com.wuye.complaints.support.Step;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A timeline entry: who did what to a complaint, and when. */
@Entity
@Table(name = "complaint_event")
public class ComplaintEvent extends ComplaintRecord {

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
    super(complaintId);
    this.type = type;
    this.step = new Step(actor, occurredAt, detail);
  }

  public ComplaintEventType getType() {
    return type;
  }

  public Step getStep() {
    return step;
  }

  /** This entry in a caller's own shape: type, who, what, when. */
  public <T> T as(Row<T> row) {
    return row.of(type.name(), step.by(), step.note(), step.at());
  }

  /** How a caller shows a timeline entry (a view record's constructor, typically). */
  @FunctionalInterface
  public interface Row<T> {
    T of(String type, String by, String note, Instant at);
  }
}
