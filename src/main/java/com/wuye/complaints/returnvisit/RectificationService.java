package com.wuye.complaints.returnvisit;

import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.notification.NotificationService;
import com.wuye.complaints.support.CompanySettings;
import com.wuye.complaints.support.DecisionTables;
import com.wuye.complaints.support.EngineClock;
import com.wuye.complaints.support.IsoDurations;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-VISIT-3: the written rectification notice a person issues for a problem found on a return
 * visit, the alarm when it is late, and the deadline to rectify (decision rectification-deadline).
 */
@Service
class RectificationService {

  static final String DEADLINE_DECISION = "rectification-deadline";

  private final ComplaintService complaints;
  private final NotificationService notifications;
  private final DecisionTables decisions;
  private final CompanySettings settings;
  private final EngineClock clock;

  RectificationService(
      ComplaintService complaints,
      NotificationService notifications,
      DecisionTables decisions,
      CompanySettings settings,
      EngineClock clock) {
    this.complaints = complaints;
    this.notifications = notifications;
    this.decisions = decisions;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Records the notice on the complaint and sends it to the department's group.
   *
   * @return how long the department has to rectify (rectifyWithin), as the model gives it
   */
  @Transactional
  String issueNotice(long complaintId, String user, String department, String notice) {
    String within = decisions.single(DEADLINE_DECISION, Map.of("department", department));
    Instant due = IsoDurations.addTo(clock.now(), within, settings.timeZone());
    Complaint complaint =
        complaints.recordRectificationNotice(complaintId, user, department, notice);
    notifications.notifyGroup(
        complaintId,
        department,
        "整改通知 Rectification notice " + complaint.getComplaintNo(),
        "投诉 "
            + complaint.getComplaintNo()
            + " 回访发现问题，请在 "
            + due
            + " 前整改 / a return visit found a problem; "
            + "rectify it by "
            + due
            + ": "
            + notice);
    return within;
  }

  /**
   * The notice was not issued in time: on the timeline, and to every group the model names (once
   * each).
   */
  @Transactional
  void noticeOverdue(long complaintId, Collection<String> groups) {
    Complaint complaint = complaints.recordRectificationNoticeOverdue(complaintId);
    for (String group : new LinkedHashSet<>(groups)) {
      notifications.notifyGroup(
          complaintId,
          group,
          "整改通知超时 Rectification notice overdue " + complaint.getComplaintNo(),
          "投诉 "
              + complaint.getComplaintNo()
              + " 回访发现的问题未在时限内下发整改通知 / the rectification notice for the "
              + "problem found on the return visit is overdue.");
    }
  }
}
