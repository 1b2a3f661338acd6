package com.wuye.complaints.waiting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * R-SEV-MAJOR/HOT, R-ESC-2: a period a complaint waited on the complainant or a third party, with
 * its reason. Its time does not count toward the complaint's age or its handling deadline.
 */
@Entity
@Table(name = "complaint_waiting")
public class ComplaintWaiting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "complaint_id", nullable = false)
  private Long complaintId;

  @Enumerated(EnumType.STRING)
  @Column(name = "waiting_on", nullable = false, length = 20)
  private WaitingOn waitingOn;

  @Column(nullable = false, length = 500)
  private String reason;

  @Column(name = "started_by", nullable = false, length = 64)
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_by", length = 64)
  private String endedBy;

  @Column(name = "ended_at")
  private Instant endedAt;

  protected ComplaintWaiting() {}

  ComplaintWaiting(
      long complaintId, WaitingOn waitingOn, String reason, String startedBy, Instant startedAt) {
    this.complaintId = complaintId;
    this.waitingOn = waitingOn;
    this.reason = reason;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
  }

  void end(String user, Instant at) {
    this.endedBy = user;
    this.endedAt = at;
  }

  /** The time waited up to {@code now} (the whole period once it has ended). */
  Duration waitedUntil(Instant now) {
    Instant end = endedAt != null ? endedAt : now;
    return end.isAfter(startedAt) ? Duration.between(startedAt, end) : Duration.ZERO;
  }

  public boolean isOpen() {
    return endedAt == null;
  }

  public Long getId() {
    return id;
  }

  public Long getComplaintId() {
    return complaintId;
  }

  public WaitingOn getWaitingOn() {
    return waitingOn;
  }

  public String getReason() {
    return reason;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public String getEndedBy() {
    return endedBy;
  }

  public Instant getEndedAt() {
    return endedAt;
  }
}
