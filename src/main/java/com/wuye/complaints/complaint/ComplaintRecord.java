package com.wuye.complaints.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What every row a complaint collects over its life shares (its timeline, severity history, links,
 * waits, work-contact orders): an id of its own and the complaint it belongs to, column {@code
 * complaint_id}. Each subclass keeps its own table and columns.
 */
@MappedSuperclass
public abstract class ComplaintRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "complaint_id", nullable = false)
  private Long complaintId;

  protected ComplaintRecord() {}

  protected ComplaintRecord(long complaintId) {
    this.complaintId = complaintId;
  }

  public Long getId() {
    return id;
  }

  public Long getComplaintId() {
    return complaintId;
  }
}
