package com.wuye.complaints.workcontact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** R-RESP: a work-contact order 工作联系单 from a complaint's handler to a specialist department. */
@Entity
@Table(name = "work_contact_order")
public class WorkContactOrder {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "complaint_id", nullable = false)
  private Long complaintId;

  @Column(nullable = false, length = 64)
  private String department;

  @Column(nullable = false, length = 2000)
  private String request;

  @Column(name = "raised_by", nullable = false, length = 64)
  private String raisedBy;

  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "done_by", length = 64)
  private String doneBy;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(length = 2000)
  private String result;

  protected WorkContactOrder() {}

  WorkContactOrder(
      long complaintId,
      String department,
      String request,
      String raisedBy,
      Instant raisedAt,
      Instant dueAt) {
    this.complaintId = complaintId;
    this.department = department;
    this.request = request;
    this.raisedBy = raisedBy;
    this.raisedAt = raisedAt;
    this.dueAt = dueAt;
  }

  void done(String user, String result, Instant at) {
    this.doneBy = user;
    this.result = result;
    this.doneAt = at;
  }

  public Long getId() {
    return id;
  }

  public Long getComplaintId() {
    return complaintId;
  }

  public String getDepartment() {
    return department;
  }

  public String getRequest() {
    return request;
  }

  public String getRaisedBy() {
    return raisedBy;
  }

  public Instant getRaisedAt() {
    return raisedAt;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public String getDoneBy() {
    return doneBy;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public String getResult() {
    return result;
  }
}
