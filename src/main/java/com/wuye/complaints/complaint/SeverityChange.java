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

/** One step of a complaint's severity history (R-SEV-UP: every change has a recorded reason). */
@Entity
@Table(name = "complaint_severity_change")
public class SeverityChange extends ComplaintRecord {

  @Enumerated(EnumType.STRING)
  @Column(name = "from_severity", length = 20)
  private Severity fromSeverity;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_severity", nullable = false, length = 20)
  private Severity toSeverity;

  /** Who changed it, when, and the reason. */
  @Embedded
  @AttributeOverride(name = "by", column = @Column(name = "changed_by", length = 64))
  @AttributeOverride(name = "at", column = @Column(name = "changed_at", nullable = false))
  @AttributeOverride(
      name = "note",
      column = @Column(name = "reason", length = 500, nullable = false))
  private Step change;

  protected SeverityChange() {}

  SeverityChange(
      Long complaintId,
      Severity from,
      Severity to,
      String reason,
      String changedBy,
      Instant changedAt) {
    super(complaintId);
    this.fromSeverity = from;
    this.toSeverity = to;
    this.change = new Step(changedBy, changedAt, reason);
  }

  public Severity getFromSeverity() {
    return fromSeverity;
  }

  public Severity getToSeverity() {
    return toSeverity;
  }

  public Step getChange() {
    return change;
  }

  /** This change in a caller's own shape: from, to, the reason, who, when. */
  public <T> T as(Row<T> row) {
    return row.of(
        fromSeverity == null ? null : fromSeverity.name(),
        toSeverity.name(),
        change.note(),
        change.by(),
        change.at());
  }

  /** How a caller shows a severity change (a view record's constructor, typically). */
  @FunctionalInterface
  public interface Row<T> {
    T of(String from, String to, String reason, String by, Instant at);
  }
}
