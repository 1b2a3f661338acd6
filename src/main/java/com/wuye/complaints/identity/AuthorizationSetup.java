package com.wuye.complaints.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import com.wuye.complaints.complaint.ComplaintProcess;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Every standing grant of the platform, in one table (authorizations are on). Created at start-up
 * when missing; running it again changes nothing. What is not here is not allowed, except:
 *
 * <ul>
 *   <li>the members of a task's candidate group, and its assignee, may read and work that task
 *       (Camunda grants this when the task is given to them; {@link TaskAccess} takes it back when
 *       escalation moves the work on);
 *   <li>a complaint's supervising group may read its process instance ({@link SupervisionAccess},
 *       R-RESP: supervisors see the complaints they supervise);
 *   <li>{@code camunda-admin} may do everything (Camunda's admin user set-up grants it).
 * </ul>
 */
@Component
@Order(15)
class AuthorizationSetup implements ApplicationRunner {

  record Grant(String group, Resource resource, String resourceId, Permission... permissions) {}

  private static final String COMPLAINTS = ComplaintProcess.KEY;
  private static final List<String> STAFF = List.of(SecurityConfiguration.STAFF);

  static final List<Grant> GRANTS = build();

  private static List<Grant> build() {
    List<Grant> grants = new java.util.ArrayList<>();
    for (String staff : STAFF) {
      grants.add(new Grant(staff, APPLICATION, "tasklist", ACCESS));
      grants.add(new Grant(staff, FILTER, "*", READ));
      // read the model: start form, task forms and the diagram
      grants.add(new Grant(staff, PROCESS_DEFINITION, COMPLAINTS, READ, CREATE_INSTANCE));
      // R-REP: the repair-order model's task forms and diagram
      grants.add(new Grant(staff, PROCESS_DEFINITION, "repair-order", READ));
      // R-IN-1: whoever receives a complaint records it
      grants.add(new Grant(staff, PROCESS_INSTANCE, "*", CREATE));
    }
    // R-REP-1 the service centre takes repair requests: its staff start repair orders with the
    // Tasklist start form
    for (String serviceCentre : Groups.SERVICE_CENTRE) {
      grants.add(
          new Grant(serviceCentre, PROCESS_DEFINITION, "repair-order", READ, CREATE_INSTANCE));
    }
    // R-KPI-2 customer relations work the monthly analysis and the case write-ups (forms and
    // diagrams)
    grants.add(new Grant(Groups.CUSTOMER_RELATIONS, PROCESS_DEFINITION, "monthly-analysis", READ));
    grants.add(new Grant(Groups.CUSTOMER_RELATIONS, PROCESS_DEFINITION, "case-write-up", READ));
    // other channels' systems start complaints and nothing else (their reads go through /api)
    grants.add(new Grant(Groups.INTAKE_API, PROCESS_DEFINITION, COMPLAINTS, CREATE_INSTANCE));
    grants.add(new Grant(Groups.INTAKE_API, PROCESS_INSTANCE, "*", CREATE));
    // supervisors watch the complaints they supervise in Cockpit
    for (String supervisor : List.of(Groups.CUSTOMER_SUPERVISOR, Groups.GENERAL_AFFAIRS_MANAGER)) {
      grants.add(new Grant(supervisor, APPLICATION, "cockpit", ACCESS));
      grants.add(new Grant(supervisor, DECISION_DEFINITION, "*", READ));
    }
    // R-CUST-3 customer relations open the VIP card renewal task's form (the tasks come from the
    // renewal job)
    grants.add(new Grant(Groups.CUSTOMER_RELATIONS, PROCESS_DEFINITION, "vip-card-renewal", READ));
    // the general manager, top of the chain, sees every complaint and its history
    grants.add(new Grant(Groups.GENERAL_MANAGER, APPLICATION, "cockpit", ACCESS));
    grants.add(
        new Grant(
            Groups.GENERAL_MANAGER, PROCESS_DEFINITION, COMPLAINTS, READ_INSTANCE, READ_HISTORY));
    grants.add(new Grant(Groups.GENERAL_MANAGER, DECISION_DEFINITION, "*", READ));
    // R-KPI-1 the managers' Cockpit dashboard: the general manager, GM's assistants and
    // general-affairs managers
    // read every complaint and repair order, its tasks and history — and change nothing
    for (String manager :
        List.of(Groups.GENERAL_MANAGER, Groups.GM_ASSISTANT, Groups.GENERAL_AFFAIRS_MANAGER)) {
      grants.add(new Grant(manager, APPLICATION, "cockpit", ACCESS));
      for (String process : List.of(COMPLAINTS, "repair-order")) {
        grants.add(
            new Grant(
                manager,
                PROCESS_DEFINITION,
                process,
                READ,
                READ_INSTANCE,
                READ_TASK,
                READ_HISTORY));
      }
    }
    return List.copyOf(grants);
  }

  private final AuthorizationService authorizations;

  AuthorizationSetup(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    GRANTS.forEach(
        grant ->
            ensure(
                authorizations,
                grant.group(),
                grant.resource(),
                grant.resourceId(),
                grant.permissions()));
  }

  /**
   * As {@link #ensure}, for a resource created in the running command (no grant on it can exist
   * yet): saves the grant without asking for an existing one first (issue 18).
   */
  static void grantNew(
      AuthorizationService authorizations,
      String group,
      Resource resource,
      String resourceId,
      Permission... permissions) {
    Authorization authorization =
        authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(group);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }

  /**
   * The group's GRANT on the resource, or null. Issue 18: inside a command (supervision grants
   * while escalations drain) by the engine's own look-up by group and resource, a short statement,
   * instead of an authorization query, whose dynamic statement was 3 % of the CPU while escalations
   * drained.
   */
  private static Authorization grantOf(
      AuthorizationService authorizations, String group, Resource resource, String resourceId) {
    CommandContext context = Context.getCommandContext();
    if (context != null) {
      return context
          .getAuthorizationManager()
          .findAuthorizationByGroupIdAndResourceId(
              Authorization.AUTH_TYPE_GRANT, group, resource, resourceId);
    }
    return authorizations
        .createAuthorizationQuery()
        .groupIdIn(group)
        .resourceType(resource)
        .resourceId(resourceId)
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .singleResult();
  }

  /**
   * Makes sure the group holds at least these permissions on the resource; adds what is missing.
   */
  static void ensure(
      AuthorizationService authorizations,
      String group,
      Resource resource,
      String resourceId,
      Permission... permissions) {
    Authorization existing = grantOf(authorizations, group, resource, resourceId);
    Authorization authorization =
        existing != null
            ? existing
            : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    boolean changed = existing == null;
    if (existing == null) {
      authorization.setGroupId(group);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
  }
}
