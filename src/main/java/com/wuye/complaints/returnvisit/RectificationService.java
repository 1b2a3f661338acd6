package com.wuye.complaints.returnvisit;

import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.notification.NotificationService;
import java.util.Collection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** R-VISIT-3: the written rectification notice, and its completion. */
@Service
class RectificationService {

  private final ComplaintService complaints;
  private final NotificationService notifications;

  RectificationService(ComplaintService complaints, NotificationService notifications) {
    this.complaints = complaints;
    this.notifications = notifications;
  }

  @Transactional
  void issueNotice(long complaintId, Collection<String> departmentGroups, java.util.Date dueAt) {
    Complaint complaint = complaints.recordRectificationNotice(complaintId);
    for (String group : departmentGroups) {
      notifications.notifyGroup(complaintId, group, "整改通知 Rectification notice " + complaint.getComplaintNo(),
          "回访发现问题，请在 " + dueAt + " 前整改 / a return visit found a problem; rectify it by " + dueAt + ": "
              + complaint.getProblemDescription());
    }
  }
}
