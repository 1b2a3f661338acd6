package com.wuye.complaints.workcontact;

import com.wuye.complaints.complaint.ComplaintRecord;
import com.wuye.complaints.support.Step;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** R-RESP: a work-contact order 工作联系单 from a complaint's handler to a specialist department. */
@Entity
@Table(name = "work_contact_order")
public class WorkContactOrder extends ComplaintRecord {

  @Column(nullable = false, length = 64)
  private String department;

  /** Who raised the order, when, and the request. */
  @Embedded
  @AttributeOverride(
      name = "by",
      column = @Column(name = "raised_by", length = 64, nullable = false))
  @AttributeOverride(name = "at", column = @Column(name = "raised_at", nullable = false))
  @AttributeOverride(
      name = "note",
      column = @Column(name = "request", length = 2000, nullable = false))
  private Step raising;

  @Column(name = "due_at")
  private Instant dueAt;

  /** Who did it, when, and the result; null until done. */
  @Embedded
  @AttributeOverride(name = "by", column = @Column(name = "done_by", length = 64))
  @AttributeOverride(name = "at", column = @Column(name = "done_at"))
  @AttributeOverride(name = "note", column = @Column(name = "result", length = 2000))
  private Step completion;

  protected WorkContactOrder() {}

  WorkContactOrder(
      long complaintId,
      String department,
      String request,
      String raisedBy,
      Instant raisedAt,
      Instant dueAt) {
    super(complaintId);
    this.department = department;
    this.raising = new Step(raisedBy, raisedAt, request);
    this.dueAt = dueAt;
  }

  void done(String user, String result, Instant at) {
    this.completion = new Step(user, at, result);
  }

  public String getDepartment() {
    return department;
  }

  public Step getRaising() {
    return raising;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public boolean isDone() {
    return completion != null;
  }

  /** Who did it, when, and the result; null until done. */
  public Step getCompletion() {
    return completion;
  }
}
