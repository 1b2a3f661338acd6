package com.wuye.complaints.customer;

import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.support.ApiProblemException;
import com.wuye.complaints.support.NoStore;
import com.wuye.complaints.support.PlatformApi;
import com.wuye.complaints.tasklist.OwnTasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * R-CUST-5: the one way to a complainant's full name and phone during the work. Only a task of
 * one's own (the engine checks the caller's grants) at a step whose model says {@code
 * contactDetails=full} — the steps that call the complainant — gets them, and every reading is
 * written down: who, which complaint, at which step, when. Process variables and engine history
 * hold the masked contact only. Tasklist shows it in the task's "联系方式 Contact" tab.
 */
@PlatformApi
@Tag(name = "tasks", description = "任务 Claim and complete tasks")
class TaskContactController {

  static final String CONTACT_PROPERTY = "contactDetails";

  record Contact(String complaintNo, String name, String phone) {}

  private final OwnTasks ownTasks;
  private final RepositoryService repository;
  private final ComplaintService complaints;
  private final ContactDetailsService contacts;
  private final CurrentUser caller;
  private final Map<String, Boolean> fullContactSteps = new ConcurrentHashMap<>();

  TaskContactController(
      OwnTasks ownTasks,
      RepositoryService repository,
      ComplaintService complaints,
      ContactDetailsService contacts,
      CurrentUser caller) {
    this.ownTasks = ownTasks;
    this.repository = repository;
    this.complaints = complaints;
    this.contacts = contacts;
    this.caller = caller;
  }

  @GetMapping("/api/tasks/{taskId}/contact")
  @Operation(
      summary = "查看投诉人完整联系方式（记录在案） Read the complainant's full contact for one's task (logged)")
  ResponseEntity<Contact> contact(@PathVariable @Pattern(regexp = OwnTasks.TASK_ID) String taskId) {
    OwnTasks.OwnTask step = callingStep(taskId);
    Complaint complaint = step.complaint();
    ContactDetails full = contacts.disclose(complaint.getId(), caller.id(), step.step());
    return NoStore.ok(new Contact(complaint.getComplaintNo(), full.name(), full.phone()));
  }

  /**
   * R-ESC-3: the complainant has been reached. The first such record is the response the deadline
   * asks for; a response timer that fires later finds it and tells no one.
   */
  @PostMapping("/api/tasks/{taskId}/contacted")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "记录已联系投诉人 Record that the complainant was reached (R-ESC-3 response)")
  ResponseEntity<Void> contacted(@PathVariable @Pattern(regexp = OwnTasks.TASK_ID) String taskId) {
    complaints.recordContact(callingStep(taskId).complaint().getId(), caller.id());
    return ResponseEntity.noContent().build();
  }

  /** A task of the caller's own at a step whose model says it calls the complainant. */
  private OwnTasks.OwnTask callingStep(String taskId) {
    OwnTasks.OwnTask step = ownTasks.find(taskId);
    if (!needsFullContact(step.task())) {
      throw ApiProblemException.forbidden("customer.step-needs-no-contact");
    }
    return step;
  }

  private boolean needsFullContact(Task task) {
    return fullContactSteps.computeIfAbsent(
        task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
        key -> {
          BaseElement step =
              repository
                  .getBpmnModelInstance(task.getProcessDefinitionId())
                  .getModelElementById(task.getTaskDefinitionKey());
          return step != null
              && step.getExtensionElements() != null
              && step
                  .getExtensionElements()
                  .getElementsQuery()
                  .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class)
                  .list()
                  .stream()
                  .flatMap(properties -> properties.getCamundaProperties().stream())
                  .anyMatch(
                      property ->
                          CONTACT_PROPERTY.equals(property.getCamundaName())
                              && "full".equals(property.getCamundaValue()));
        });
  }
}
