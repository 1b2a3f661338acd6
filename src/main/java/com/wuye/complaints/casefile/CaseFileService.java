package com.wuye.complaints.casefile;

import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.customer.PersonalData;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a complaint's case file together from the complaint domain's own reads: the timeline and the
 * severity history as the complaint detail shows them (R-LOOP), the issue's other complaints
 * (R-SEV-HOT), and the earlier complaints of the same unit and of the same phone. R-CUST-5: the case
 * file masks every name and phone, whoever reads it; it lists related complaints outside the reader's
 * own work, so it never shows more of them than number, status, severity, place and masked contact.
 */
@Service
class CaseFileService {

  private final ComplaintService complaints;

  CaseFileService(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Transactional(readOnly = true)
  CaseFile of(Complaint complaint) {
    long id = complaint.getId();
    List<Complaint> issue = complaint.getIssueId() == null ? List.of(complaint)
        : complaints.issueComplaints(complaint.getIssueId());
    long complainants = complaint.getIssueId() == null ? 1
        : complaints.countIssueComplainants(complaint.getIssueId(), Instant.EPOCH);
    return new CaseFile(complaint.getComplaintNo(), name(complaint.getStatus()), name(complaint.getSeverity()),
        name(complaint.getCategory()), complaint.getCommunityCode(), complaint.getBuilding(), complaint.getUnit(),
        complaint.getRoom(), person(complaint), complaint.getDescription(), complaint.getReceivedAt(),
        complaints.timeline(id).stream().map(event -> new CaseFile.Step(event.getType().name(), event.getActor(),
            event.getDetail(), event.getOccurredAt())).toList(),
        complaints.severityHistory(id).stream().map(change -> new CaseFile.SeverityStep(name(change.getFromSeverity()),
            name(change.getToSeverity()), change.getReason(), change.getChangedBy(), change.getChangedAt())).toList(),
        new CaseFile.SameIssue(complainants,
            issue.stream().filter(other -> !other.getId().equals(complaint.getId())).map(CaseFileService::related).toList()),
        complaints.earlierOfUnit(complaint).stream().map(CaseFileService::related).toList(),
        complaints.earlierOfPhone(complaint).stream().map(CaseFileService::related).toList());
  }

  private static CaseFile.Related related(Complaint complaint) {
    String place = String.join("-", java.util.stream.Stream.of(complaint.getCommunityCode(), complaint.getBuilding(),
        complaint.getUnit(), complaint.getRoom()).filter(Objects::nonNull).toList());
    return new CaseFile.Related(complaint.getComplaintNo(), name(complaint.getStatus()), name(complaint.getSeverity()),
        name(complaint.getCategory()), place, person(complaint), complaint.getReceivedAt(), complaint.getClosedAt());
  }

  /** R-CUST-5: always masked here. */
  private static CaseFile.Person person(Complaint complaint) {
    return new CaseFile.Person(PersonalData.maskName(complaint.getComplainantName()),
        PersonalData.maskPhone(complaint.getComplainantPhone()));
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
