package com.wuye.complaints.escalation;

import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.notification.NotificationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Missed deadlines: written on the complaint and told to the group that must act, in one
 * transaction.
 */
@Service
public class BreachService {

  private final ComplaintService complaints;
  private final NotificationService notifications;

  BreachService(ComplaintService complaints, NotificationService notifications) {
    this.complaints = complaints;
    this.notifications = notifications;
  }

  /**
   * R-ESC-3: the handler keeps the work; the supervisor is told — unless the complainant was
   * contacted by the deadline: the response is that contact, not the end of verification.
   */
  @Transactional
  public void responseOverdue(long complaintId, String supervisorGroup) {
    if (complaints.get(complaintId).contactedInTime()) {
      return;
    }
    Complaint complaint = complaints.recordResponseOverdue(complaintId);
    notifications.notifyGroup(
        complaintId,
        supervisorGroup,
        "响应超时 Response overdue " + complaint.getComplaintNo(),
        "投诉 "
            + complaint.getComplaintNo()
            + " 未在时限内联系投诉人 / the complainant was not contacted in time (due "
            + complaint.getResponseDueAt()
            + ").");
  }

  /** R-VISIT-5: the visit stays open and mandatory; the customer-service supervisor is told. */
  @Transactional
  public void returnVisitOverdue(long complaintId, String notifyGroup) {
    Complaint complaint = complaints.recordReturnVisitOverdue(complaintId);
    notifications.notifyGroup(
        complaintId,
        notifyGroup,
        "回访超时 Return visit overdue " + complaint.getComplaintNo(),
        "投诉 " + complaint.getComplaintNo() + " 的回访已超过时限 / the return visit is overdue.");
  }
}
