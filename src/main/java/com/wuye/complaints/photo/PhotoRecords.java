package com.wuye.complaints.photo;

import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.identity.Groups;
import com.wuye.complaints.namedstaff.NamedStaff;
import com.wuye.complaints.repair.RepairOrders;
import com.wuye.complaints.support.ApiProblemException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The complaint or repair order a photo belongs to, and what the caller may do with its photos.
 * Whoever works one of its open steps (the assignee, or a candidate user or group of an open task
 * the engine lets the caller see) adds photos and reads them; the record's supervisors and the
 * managers above them read them; everyone else is refused. The staff member a complaint is about
 * (R-RESP, R-VISIT-1) is never one of its workers, whatever their group.
 */
@Component
class PhotoRecords {

  enum RecordType {
    COMPLAINT,
    REPAIR
  }

  enum Role {
    NONE,
    READER,
    WORKER
  }

  /**
   * A complaint or a repair order: its process, its supervisors, the person it is about
   * (complaints).
   */
  record Target(
      RecordType type,
      String no,
      String processInstanceId,
      Set<String> supervisors,
      String namedStaff) {}

  /** The caller's role on a record and, for a worker, the open task they work it through. */
  record Access(Role role, String taskId) {
    static final Access NONE = new Access(Role.NONE, null);
  }

  /**
   * Who reads the photos of every repair order: the engineering and customer-service supervisors,
   * the managers.
   */
  private static final Set<String> REPAIR_SUPERVISORS =
      Set.of(
          Groups.ENGINEERING_SUPERVISOR,
          Groups.CUSTOMER_SUPERVISOR,
          Groups.GENERAL_MANAGER,
          Groups.ADMIN);

  private final ComplaintService complaints;
  private final RepairOrders repairs;
  private final NamedStaff namedStaff;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final CurrentUser caller;

  PhotoRecords(
      ComplaintService complaints,
      RepairOrders repairs,
      NamedStaff namedStaff,
      TaskService tasks,
      RuntimeService runtime,
      CurrentUser caller) {
    this.complaints = complaints;
    this.repairs = repairs;
    this.namedStaff = namedStaff;
    this.tasks = tasks;
    this.runtime = runtime;
    this.caller = caller;
  }

  Target find(RecordType type, String no) {
    return lookup(type, no)
        .orElseThrow(
            () ->
                ApiProblemException.notFound(
                    type == RecordType.COMPLAINT ? "photo.no-complaint" : "repair.no-repair-order",
                    no));
  }

  Optional<Target> lookup(RecordType type, String no) {
    if (type == RecordType.COMPLAINT) {
      return complaints.findByNumber(no).map(this::complaint);
    }
    return repairs
        .processInstanceOf(no)
        .map(process -> new Target(type, no, process, REPAIR_SUPERVISORS, null));
  }

  /**
   * The record a task belongs to, by its process's business key (never a variable someone could
   * set).
   */
  Optional<Target> ofTask(Task task) {
    var process =
        runtime
            .createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .singleResult();
    if (process == null || process.getBusinessKey() == null) {
      return Optional.empty();
    }
    String key = process.getBusinessKey();
    if (key.matches(com.wuye.complaints.complaint.ComplaintNumbers.PATTERN)) {
      return lookup(RecordType.COMPLAINT, key);
    }
    return key.matches(RepairOrders.PATTERN) ? lookup(RecordType.REPAIR, key) : Optional.empty();
  }

  private Target complaint(Complaint complaint) {
    Set<String> supervisors = new HashSet<>(Set.of(Groups.GENERAL_MANAGER, Groups.ADMIN));
    if (complaint.getSupervisorGroup() != null) {
      supervisors.add(complaint.getSupervisorGroup());
    }
    return new Target(
        RecordType.COMPLAINT,
        complaint.getComplaintNo(),
        complaint.getProcessInstanceId(),
        supervisors,
        namedStaff.of(complaint.getId()).orElse(null));
  }

  Access access(Target target) {
    String user = caller.id();
    Set<String> groups = caller.groups();
    if (user == null || user.equals(target.namedStaff())) {
      return Access.NONE;
    }
    List<Task> visible =
        target.processInstanceId() == null
            ? List.of()
            : caller.asCaller(
                () ->
                    tasks
                        .createTaskQuery()
                        .processInstanceId(target.processInstanceId())
                        .active()
                        .list());
    for (Task task : visible) {
      if (user.equals(task.getAssignee()) || isCandidate(task.getId(), user, groups)) {
        return new Access(Role.WORKER, task.getId());
      }
    }
    boolean supervises = target.supervisors().stream().anyMatch(groups::contains);
    return !visible.isEmpty() || supervises ? new Access(Role.READER, null) : Access.NONE;
  }

  /**
   * Supervisors (not the readers who only see a task) may remove a photo while the record is open.
   */
  boolean supervises(Target target) {
    return target.supervisors().stream().anyMatch(caller.groups()::contains);
  }

  boolean isOpen(Target target) {
    return target.processInstanceId() != null
        && runtime
                .createProcessInstanceQuery()
                .processInstanceId(target.processInstanceId())
                .count()
            > 0;
  }

  boolean isTaskOpen(String taskId) {
    return taskId != null && tasks.createTaskQuery().taskId(taskId).count() > 0;
  }

  private boolean isCandidate(String taskId, String user, Set<String> groups) {
    for (IdentityLink link : tasks.getIdentityLinksForTask(taskId)) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())
          && (user.equals(link.getUserId())
              || (link.getGroupId() != null && groups.contains(link.getGroupId())))) {
        return true;
      }
    }
    return false;
  }
}
