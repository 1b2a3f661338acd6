package com.wuye.complaints.intake;

import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintSearch;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.complaint.ComplaintStatus;
import com.wuye.complaints.customer.ContactDetails;
import com.wuye.complaints.customer.ContactDetailsService;
import com.wuye.complaints.identity.CommunityScope;
import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.identity.Groups;
import com.wuye.complaints.support.ApiProblemException;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API's reads. Each caller sees the complaints within reach of their work
 * (ComplaintSearch.Scope); a complaint out of reach is "not found", so its existence is not
 * disclosed either.
 */
@Service
class ComplaintQueries {

  /** Groups that oversee all complaints: administrators and the top of the escalation chain. */
  private static final Set<String> SEE_ALL = Set.of(Groups.ADMIN, Groups.GENERAL_MANAGER);

  private static final Set<ComplaintStatus> HANDLING_STEPS =
      Set.of(
          ComplaintStatus.AWAITING_VERIFICATION,
          ComplaintStatus.IN_HANDLING,
          ComplaintStatus.AWAITING_FEEDBACK);

  private final ComplaintService complaints;
  private final ContactDetailsService contacts;
  private final TaskService tasks;
  private final CurrentUser caller;
  private final CommunityScope communities;

  ComplaintQueries(
      ComplaintService complaints,
      ContactDetailsService contacts,
      TaskService tasks,
      CurrentUser caller,
      CommunityScope communities) {
    this.complaints = complaints;
    this.contacts = contacts;
    this.tasks = tasks;
    this.caller = caller;
    this.communities = communities;
  }

  ComplaintViews.Page<ComplaintViews.Summary> list(ComplaintSearch filters, int page, int size) {
    ComplaintSearch search =
        new ComplaintSearch(
            filters.status(),
            filters.severity(),
            filters.community(),
            filters.building(),
            filters.receivedFrom(),
            filters.receivedBefore(),
            scope());
    org.springframework.data.domain.Page<Complaint> found = complaints.search(search, page, size);
    // lists never carry full contact details: no list step needs them
    List<ComplaintViews.Summary> items = found.getContent().stream().map(this::summary).toList();
    return new ComplaintViews.Page<>(
        items, page, size, found.getTotalElements(), found.getTotalPages());
  }

  @Transactional
  ComplaintViews.Detail detail(String complaintNo) {
    Complaint complaint =
        complaints
            .findByNumber(complaintNo)
            .filter(found -> ComplaintSearch.reaches(scope(), found))
            .orElseThrow(
                () -> ApiProblemException.notFound("complaint.no-complaint-numbered", complaintNo));
    ContactDetails contact =
        needsFullContact(complaint)
            ? contacts.disclose(complaint.getId(), caller.id(), "API_" + complaint.getStatus())
            : ContactDetails.masked(
                complaint.getComplainantName(), complaint.getComplainantPhone());
    return new ComplaintViews.Detail(
        complaint.getComplaintNo(),
        complaint.getStatus().name(),
        name(complaint.getSeverity()),
        complaint.getChannel().name(),
        complaint.getCategory().name(),
        complaint.getCommunityCode(),
        complaint.getBuilding(),
        complaint.getUnit(),
        complaint.getRoom(),
        new ComplaintViews.Contact(contact.name(), contact.phone(), contact.masked()),
        complaint.getDescription(),
        complaint.facts().collectiveSize(),
        complaint.facts().inLitigation(),
        complaint.facts().mediaExposed(),
        complaint.facts().litigationOrMediaRisk(),
        complaint.facts().needsOtherDepartments(),
        complaint.getRepeatOf(),
        complaint.getHandlerGroup(),
        complaint.getSupervisorGroup(),
        complaint.getEscalationLevel(),
        complaint.getReceivedBy(),
        complaint.getReceivedAt(),
        complaint.getMadeAt(),
        complaint.getResponseDueAt(),
        complaint.getFirstContact() == null ? null : complaint.getFirstContact().at(),
        complaint.getClosedAt(),
        name(complaint.getVerificationOutcome()),
        complaint.getOutcomeReason(),
        name(complaint.getSatisfaction()),
        complaints.severityHistory(complaint.getId()).stream()
            .map(change -> change.as(ComplaintViews.SeverityStep::new))
            .toList(),
        openTasks(complaint),
        complaints.timeline(complaint.getId()).stream()
            .map(event -> event.as(ComplaintViews.TimelineEntry::new))
            .toList());
  }

  /**
   * R-CUST-5: full name and phone only for the step that calls the complainant, by the group doing
   * it.
   */
  private boolean needsFullContact(Complaint complaint) {
    Set<String> groups = caller.groups();
    return (HANDLING_STEPS.contains(complaint.getStatus())
            && groups.contains(complaint.getHandlerGroup()))
        || (complaint.getStatus() == ComplaintStatus.AWAITING_RETURN_VISIT
            && groups.contains(Groups.CUSTOMER_RELATIONS));
  }

  private List<ComplaintViews.OpenTask> openTasks(Complaint complaint) {
    if (complaint.getProcessInstanceId() == null) {
      return List.of();
    }
    return tasks
        .createTaskQuery()
        .processInstanceId(complaint.getProcessInstanceId())
        .list()
        .stream()
        .map(
            task ->
                new ComplaintViews.OpenTask(
                    task.getId(),
                    task.getName(),
                    task.getTaskDefinitionKey(),
                    candidateGroups(task),
                    task.getAssignee(),
                    task.getDueDate() == null ? null : task.getDueDate().toInstant()))
        .toList();
  }

  private List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
  }

  private ComplaintViews.Summary summary(Complaint complaint) {
    ContactDetails masked =
        ContactDetails.masked(complaint.getComplainantName(), complaint.getComplainantPhone());
    return new ComplaintViews.Summary(
        complaint.getComplaintNo(),
        complaint.getStatus().name(),
        name(complaint.getSeverity()),
        complaint.getChannel().name(),
        complaint.getCategory().name(),
        complaint.getCommunityCode(),
        complaint.getBuilding(),
        complaint.getUnit(),
        complaint.getRoom(),
        new ComplaintViews.Contact(masked.name(), masked.phone(), true),
        complaint.getHandlerGroup(),
        complaint.getReceivedAt(),
        complaint.getResponseDueAt());
  }

  private ComplaintSearch.Scope scope() {
    Set<String> groups = caller.groups();
    if (groups.stream().anyMatch(SEE_ALL::contains)) {
      return null;
    }
    // issue 16: community staff reach only their communities' complaints, even ones they received
    return new ComplaintSearch.Scope(
        caller.id(),
        groups,
        groups.contains(Groups.CUSTOMER_RELATIONS),
        communities.ofCaller().restriction());
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
