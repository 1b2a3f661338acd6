package com.wuye.complaints.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * R-SEV-IMPORTANT: the intake's proposal that a complaint repeats an earlier handled one of the
 * same unit (or household) and category, and the verifier's decision about it. Only a CONFIRMED
 * proposal makes the complaint a repeat (complaint.repeat_of).
 */
@Entity
@Table(name = "complaint_repeat_proposal")
public class RepeatProposal {

  /** What became of a proposal. */
  public enum Status {
    PROPOSED,
    CONFIRMED,
    REJECTED
  }

  /**
   * How the earlier complaint was matched: the same unit as stored, or the register's household.
   */
  public enum MatchedBy {
    UNIT,
    HOUSEHOLD
  }

  @Id
  @Column(name = "complaint_id")
  private Long complaintId;

  @Column(name = "proposed_of_id", nullable = false)
  private Long proposedOfId;

  @Column(name = "proposed_of_no", nullable = false, length = 20)
  private String proposedOfNo;

  @Column(name = "matched_by", nullable = false, length = 20)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private MatchedBy matchedBy;

  @Column(name = "proposed_at", nullable = false)
  private Instant proposedAt;

  @Column(nullable = false, length = 20)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Status status;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(length = 500)
  private String reason;

  protected RepeatProposal() {}

  RepeatProposal(long complaintId, Complaint earlier, MatchedBy matchedBy, Instant proposedAt) {
    this.complaintId = complaintId;
    this.proposedOfId = earlier.getId();
    this.proposedOfNo = earlier.getComplaintNo();
    this.matchedBy = matchedBy;
    this.proposedAt = proposedAt;
    this.status = Status.PROPOSED;
  }

  void decide(Status decision, String user, String why, Instant at) {
    this.status = decision;
    this.decidedBy = user;
    this.reason = why;
    this.decidedAt = at;
  }

  public Long getComplaintId() {
    return complaintId;
  }

  public String getProposedOfNo() {
    return proposedOfNo;
  }

  public MatchedBy getMatchedBy() {
    return matchedBy;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }

  public Status getStatus() {
    return status;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getReason() {
    return reason;
  }
}
