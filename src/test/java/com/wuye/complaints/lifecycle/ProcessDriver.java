package com.wuye.complaints.lifecycle;

import com.wuye.complaints.support.StepForms;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;

/** Drives complaints through the real engine the way people and the job executor would. */
final class ProcessDriver {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final ManagementService management;

  ProcessDriver(
      RuntimeService runtime,
      TaskService tasks,
      IdentityService identity,
      ManagementService management) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.management = management;
  }

  /** A plain GENERAL cleaning complaint by a new complainant, at a place of its own. */
  static Map<String, Object> intake() {
    String phone = randomPhone();
    return intake(phone, "B-" + phone.substring(5));
  }

  static Map<String, Object> intake(String phone, String building) {
    return StepForms.intake(phone, "huayuan", building);
  }

  static String randomPhone() {
    return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  ProcessInstance receive(String user, Map<String, Object> intake) {
    return as(user, () -> runtime.startProcessInstanceByKey("complaint-handling", intake));
  }

  /** The work done signed in as the user, who is signed out after. */
  private <T> T as(String user, java.util.function.Supplier<T> work) {
    signIn(user);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Test users, by name without the "it-" prefix, and the staff group each belongs to. */
  private static final Map<String, String> GROUP_OF =
      Map.ofEntries(
          Map.entry("officer", "property-officer"),
          Map.entry("supervisor", "customer-supervisor"),
          Map.entry("pm", "project-manager"),
          Map.entry("gmassistant", "gm-assistant"),
          Map.entry("gm", "general-manager"),
          Map.entry("affairs", "general-affairs-manager"),
          Map.entry("depthead", "department-heads"),
          Map.entry("engineer", "engineering"),
          Map.entry("guard", "security"),
          Map.entry("cleaner", "cleaning"),
          Map.entry("gardener", "greening"),
          Map.entry("visitor", "customer-relations"),
          Map.entry("monitor", "monitoring-room"));

  /**
   * Authorizations are on: the engine checks the grants of the user's groups, so it is told them.
   * The user is created in its staff group on first use.
   */
  void signIn(String user) {
    String group = GROUP_OF.get(user.replaceFirst("^it-", ""));
    if (group != null && identity.createUserQuery().userId(user).count() == 0) {
      identity.saveUser(identity.newUser(user));
      identity.createMembership(user, group);
    }
    if (group != null) {
      // issue 16: the scenarios' community staff work in every community the tests set up
      com.wuye.complaints.support.CommunityMembers.ofEveryCommunity(identity, user, group);
    }
    com.wuye.complaints.identity.EngineSignIn.as(identity, user);
  }

  Task openTask(ProcessInstance process) {
    return tasks.createTaskQuery().processInstanceId(process.getId()).singleResult();
  }

  List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
  }

  /** Claims the process's one open task as the user and completes it with the form values. */
  void work(ProcessInstance process, String user, Map<String, Object> form) {
    String task = openTask(process).getId();
    as(user, () -> claimedAndCompleted(task, user, form));
  }

  private String claimedAndCompleted(String task, String user, Map<String, Object> form) {
    tasks.claim(task, user);
    tasks.complete(task, form);
    return task;
  }

  /**
   * Runs the process's jobs that are due on the engine clock, as the job executor would (it skips
   * suspended jobs); returns how many ran.
   */
  int fireDueJobs(ProcessInstance process) {
    int fired = 0;
    List<Job> due;
    while (!(due =
            management
                .createJobQuery()
                .processInstanceId(process.getId())
                .executable()
                .active()
                .list())
        .isEmpty()) {
      for (Job job : due) {
        management.executeJob(job.getId());
        fired++;
      }
    }
    return fired;
  }
}
