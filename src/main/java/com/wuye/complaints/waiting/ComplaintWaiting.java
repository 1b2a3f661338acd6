package com.wuye.complaints.waiting;

import com.wuye.complaints.complaint.ComplaintRecord;
import com.wuye.complaints.support.Signed;
import com.wuye.complaints.support.Step;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * R-SEV-MAJOR/HOT, R-ESC-2: a period a complaint waited on the complainant or a third party, with
 * its reason. Its time does not count toward the complaint's age or its handling deadline.
 */
@Entity
@Table(name = "complaint_waiting")
public class ComplaintWaiting extends ComplaintRecord {

  @Enumerated(EnumType.STRING)
  @Column(name = "waiting_on", nullable = false, length = 20)
  private WaitingOn waitingOn;

  /** Who started the wait, when, and its reason. */
  @Embedded
  @AttributeOverride(
      name = "by",
      column = @Column(name = "started_by", length = 64, nullable = false))
  @AttributeOverride(name = "at", column = @Column(name = "started_at", nullable = false))
  @AttributeOverride(
      name = "note",
      column = @Column(name = "reason", length = 500, nullable = false))
  private Step start;

  /** Who ended the wait and when; null while it lasts. */
  @Embedded
  @AttributeOverride(name = "by", column = @Column(name = "ended_by", length = 64))
  @AttributeOverride(name = "at", column = @Column(name = "ended_at"))
  private Signed end;

  protected ComplaintWaiting() {}

  ComplaintWaiting(
      long complaintId, WaitingOn waitingOn, String reason, String startedBy, Instant startedAt) {
    super(complaintId);
    this.waitingOn = waitingOn;
    this.start = new Step(startedBy, startedAt, reason);
  }

  void end(String user, Instant at) {
    this.end = new Signed(user, at);
  }

  /** The time waited up to {@code now} (the whole period once it has ended). */
  Duration waitedUntil(Instant now) {
    Instant until = end != null ? end.at() : now;
    return until.isAfter(start.at()) ? Duration.between(start.at(), until) : Duration.ZERO;
  }

  public boolean isOpen() {
    return end == null;
  }

  public WaitingOn getWaitingOn() {
    return waitingOn;
  }

  public Step getStart() {
    return start;
  }

  public Signed getEnd() {
    return end;
  }
}
