package com.wuye.complaints.casefile;

import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.complaint.RepeatProposals;
import com.wuye.complaints.customer.PersonalData;
import com.wuye.complaints.namedstaff.NamedStaff;
import com.wuye.complaints.repair.ComplaintRepairs;
import com.wuye.complaints.waiting.WaitingService;
import com.wuye.complaints.workcontact.WorkContactService;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a complaint's case file together from the complaint domain's own reads: the timeline and the
 * severity history as the complaint detail shows them (R-LOOP), the issue's other complaints
 * (R-SEV-HOT), and the earlier complaints of the same unit and of the same phone. R-CUST-5: the
 * case file masks every name and phone, whoever reads it; it lists related complaints outside the
 * reader's own work, so it never shows more of them than number, status, severity, place and masked
 * contact. It also shows the escalation level (R-ESC-1/4), the waiting periods that do not count
 * toward the complaint's age (R-SEV-MAJOR/HOT), the work-contact orders to specialist departments
 * (R-RESP), the repair orders issued from its handling (R-REP-1) and the staff member the complaint
 * is about, by user id (R-RESP, R-VISIT-1: that person works none of it).
 */
@Service
class CaseFileService {

  private final ComplaintService complaints;
  private final WaitingService waiting;
  private final WorkContactService workContacts;
  private final NamedStaff namedStaff;
  private final RepeatProposals repeats;
  private final ComplaintRepairs repairs;

  CaseFileService(
      ComplaintService complaints,
      WaitingService waiting,
      WorkContactService workContacts,
      NamedStaff namedStaff,
      RepeatProposals repeats,
      ComplaintRepairs repairs) {
    this.repeats = repeats;
    this.complaints = complaints;
    this.waiting = waiting;
    this.workContacts = workContacts;
    this.namedStaff = namedStaff;
    this.repairs = repairs;
  }

  @Transactional(readOnly = true)
  CaseFile of(Complaint complaint) {
    long id = complaint.getId();
    List<Complaint> issue =
        complaint.getIssueId() == null
            ? List.of(complaint)
            : complaints.issueComplaints(complaint.getIssueId());
    long complainants =
        complaint.getIssueId() == null
            ? 1
            : complaints.countIssueComplainants(complaint.getIssueId(), Instant.EPOCH);
    return new CaseFile(
        complaint.getComplaintNo(),
        name(complaint.getStatus()),
        name(complaint.getSeverity()),
        name(complaint.getCategory()),
        complaint.getCommunityCode(),
        complaint.getBuilding(),
        complaint.getUnit(),
        complaint.getRoom(),
        person(complaint),
        complaint.getDescription(),
        complaint.getReceivedAt(),
        complaints.timeline(id).stream().map(event -> event.as(CaseFile.Step::new)).toList(),
        complaints.severityHistory(id).stream()
            .map(change -> change.as(CaseFile.SeverityStep::new))
            .toList(),
        new CaseFile.SameIssue(
            complainants,
            issue.stream()
                .filter(other -> !other.getId().equals(complaint.getId()))
                .map(CaseFileService::related)
                .toList()),
        complaints.earlierOfUnit(complaint).stream().map(CaseFileService::related).toList(),
        complaints.earlierOfPhone(complaint).stream().map(CaseFileService::related).toList(),
        complaint.getEscalationLevel(),
        waiting.periods(id).stream()
            .map(
                period ->
                    new CaseFile.Waiting(
                        period.getWaitingOn().name(),
                        period.getStart().note(),
                        period.getStart().by(),
                        period.getStart().at(),
                        period.isOpen() ? null : period.getEnd().by(),
                        period.isOpen() ? null : period.getEnd().at()))
            .toList(),
        workContacts.ofComplaint(id).stream()
            .map(
                order ->
                    new CaseFile.WorkContact(
                        order.getDepartment(),
                        order.getRaising().note(),
                        order.getRaising().by(),
                        order.getRaising().at(),
                        order.getDueAt(),
                        order.isDone() ? order.getCompletion().by() : null,
                        order.isDone() ? order.getCompletion().at() : null,
                        order.isDone() ? order.getCompletion().note() : null))
            .toList(),
        repairs.ofComplaint(id).stream()
            .map(
                order ->
                    new CaseFile.RepairOrder(
                        order.orderNo(),
                        order.status(),
                        order.openStep(),
                        order.kind(),
                        order.emergency(),
                        order.requestedBy(),
                        order.requestedAt(),
                        order.arrivalDue(),
                        order.fixDue(),
                        order.returnVisitDue()))
            .toList(),
        namedStaff.of(id).orElse(null),
        complaint.getRepeatOf(),
        repeats
            .of(id)
            .map(
                p ->
                    new CaseFile.RepeatProposal(
                        p.getProposedOfNo(),
                        p.getMatchedBy().name(),
                        p.getProposedAt(),
                        p.getStatus().name(),
                        p.getDecidedBy(),
                        p.getDecidedAt(),
                        p.getReason()))
            .orElse(null));
  }

  private static CaseFile.Related related(Complaint complaint) {
    String place =
        String.join(
            "-",
            java.util.stream.Stream.of(
                    complaint.getCommunityCode(),
                    complaint.getBuilding(),
                    complaint.getUnit(),
                    complaint.getRoom())
                .filter(Objects::nonNull)
                .toList());
    return new CaseFile.Related(
        complaint.getComplaintNo(),
        name(complaint.getStatus()),
        name(complaint.getSeverity()),
        name(complaint.getCategory()),
        place,
        person(complaint),
        complaint.getReceivedAt(),
        complaint.getClosedAt());
  }

  /** R-CUST-5: always masked here. */
  private static CaseFile.Person person(Complaint complaint) {
    return new CaseFile.Person(
        PersonalData.maskName(complaint.getComplainantName()),
        PersonalData.maskPhone(complaint.getComplainantPhone()));
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
