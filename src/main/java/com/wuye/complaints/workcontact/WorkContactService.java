package com.wuye.complaints.workcontact;

import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintEventType;
import com.wuye.complaints.complaint.ComplaintFacts;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.notification.NotificationService;
import com.wuye.complaints.support.CompanySettings;
import com.wuye.complaints.support.DecisionTables;
import com.wuye.complaints.support.EngineClock;
import com.wuye.complaints.support.IsoDurations;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-RESP department heads assist: the handler raises a work-contact order 工作联系单 to a specialist
 * department, which carries it out by the deadline decision work-contact-deadline gives.
 * R-SEV-IMPORTANT: needing another department is a fact of the complaint (needsOtherDepartments).
 */
@Service
public class WorkContactService {

  static final String DEADLINE_DECISION = "work-contact-deadline";

  private final WorkContactOrderRepository orders;
  private final ComplaintService complaints;
  private final NotificationService notifications;
  private final DecisionTables decisions;
  private final CompanySettings settings;
  private final EngineClock clock;

  WorkContactService(
      WorkContactOrderRepository orders,
      ComplaintService complaints,
      NotificationService notifications,
      DecisionTables decisions,
      CompanySettings settings,
      EngineClock clock) {
    this.orders = orders;
    this.complaints = complaints;
    this.notifications = notifications;
    this.decisions = decisions;
    this.settings = settings;
    this.clock = clock;
  }

  @Transactional
  public WorkContactOrder raise(long complaintId, String department, String request, String user) {
    Instant now = clock.now();
    String within = decisions.single(DEADLINE_DECISION, Map.of("department", department));
    WorkContactOrder order =
        orders.save(
            new WorkContactOrder(
                complaintId,
                department,
                request,
                user,
                now,
                IsoDurations.addTo(now, within, settings.timeZone())));
    complaints.addFacts(
        complaintId,
        new ComplaintFacts(false, false, false, true, 0),
        user,
        "R-SEV-IMPORTANT 工作联系单 work-contact order to " + department);
    complaints.recordEvent(
        complaintId,
        ComplaintEventType.WORK_CONTACT_RAISED,
        user,
        department + " (due " + order.getDueAt() + "): " + request);
    Complaint complaint = complaints.get(complaintId);
    notifications.notifyGroup(
        complaintId,
        department,
        "工作联系单 Work-contact order " + complaint.getComplaintNo(),
        "投诉 "
            + complaint.getComplaintNo()
            + " 需要贵部门协助，请在 "
            + order.getDueAt()
            + " 前完成 / your department is asked to "
            + "assist by "
            + order.getDueAt()
            + ": "
            + request);
    return order;
  }

  @Transactional
  public WorkContactOrder complete(long orderId, String user, String result) {
    WorkContactOrder order = orders.findById(orderId).orElseThrow();
    order.done(user, result, clock.now());
    complaints.recordEvent(
        order.getComplaintId(),
        ComplaintEventType.WORK_CONTACT_DONE,
        user,
        order.getDepartment() + ": " + result);
    return order;
  }

  public List<WorkContactOrder> ofComplaint(long complaintId) {
    return orders.findByComplaintIdOrderByIdAsc(complaintId);
  }
}
