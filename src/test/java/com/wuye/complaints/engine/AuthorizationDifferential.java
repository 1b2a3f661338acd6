package com.wuye.complaints.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * Issue 18: {@link AuthorizationChecksByLookup} against the engine's own statement, on one engine:
 * rounds of random grants, revokes and global authorizations on two tasks and two process
 * definitions (and {@code *}), for users with random groups, and in each round random checks as the
 * engine builds them — a task's "work" check (task TASK_WORK, definition TASK_WORK, task UPDATE,
 * definition UPDATE_TASK, the first answer decides), its "read" check, single checks and random
 * disjunctive and conjunctive ones. Some ids differ only in case or by a trailing space, which
 * databases compare differently (see {@link #resourceId}). Every id has a prefix of its own, so the
 * rounds can run beside other data; only the rows a round made are deleted.
 */
final class AuthorizationDifferential {

  /** What the rounds compared. */
  record Outcome(int compared, int granted, int answeredByLookup, List<String> differences) {

    /**
     * No check answered differently, all {@code expected} were compared, both answers occurred
     * often (each at least a tenth), and the look-up answered every check itself.
     */
    void assertSameAsTheEngine(int expected) {
      assertThat(differences).isEmpty();
      assertThat(compared).isEqualTo(expected);
      assertThat(granted).isBetween(expected / 10, expected - expected / 10);
      assertThat(answeredByLookup).isEqualTo(compared);
    }
  }

  private static final Resource[] RESOURCES = {Resources.TASK, Resources.PROCESS_DEFINITION};

  private final ProcessEngine engine;
  private final String prefix;
  private final Random random;
  private final boolean besideOtherData;

  /**
   * Rounds on {@code engine} with ids starting with {@code prefix}; {@code besideOtherData}: the
   * database holds other work (no global authorization on every resource of a type is made).
   */
  AuthorizationDifferential(
      ProcessEngine engine, String prefix, long seed, boolean besideOtherData) {
    this.engine = engine;
    this.prefix = prefix;
    this.random = new Random(seed);
    this.besideOtherData = besideOtherData;
  }

  Outcome run(int rounds, int checksPerRound) {
    int compared = 0;
    int granted = 0;
    int byLookup = 0;
    List<String> differences = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      List<String> made = grantRandomly();
      try {
        for (int i = 0; i < checksPerRound; i++) {
          String user = pick(prefix + "u1", prefix + "u2", prefix.toUpperCase() + "U1");
          List<String> groups = new ArrayList<>();
          for (String group : List.of("g1", "g2", "g3", "g4")) {
            if (random.nextInt(3) == 0) {
              groups.add(prefix + group);
            }
          }
          CompositePermissionCheck check = randomCheck();
          boolean[] answers = answer(user, groups, check);
          compared++;
          if (answers[0]) {
            granted++;
          }
          if (GrantPrecedence.answers(check)) {
            byLookup++;
          }
          if (answers[0] != answers[1] && differences.size() < 20) {
            differences.add(
                "round "
                    + round
                    + ": "
                    + user
                    + " "
                    + groups
                    + " "
                    + describe(check)
                    + " engine "
                    + answers[0]
                    + ", lookup "
                    + answers[1]
                    + " with "
                    + describeGrants(made));
          }
        }
      } finally {
        AuthorizationService authorizations = engine.getAuthorizationService();
        made.forEach(authorizations::deleteAuthorization);
      }
    }
    return new Outcome(compared, granted, byLookup, differences);
  }

  /** The engine's answer and this platform's, in one command. */
  private boolean[] answer(String user, List<String> groups, CompositePermissionCheck check) {
    Command<boolean[]> both =
        context -> {
          AuthorizationChecksByLookup manager =
              (AuthorizationChecksByLookup) context.getAuthorizationManager();
          boolean engineSays = manager.engineAnswer(user, groups, check);
          boolean lookupSays =
              check.getAtomicChecks().size() == 1 && random.nextBoolean()
                  ? manager.isAuthorized(user, groups, check.getAtomicChecks().get(0))
                  : manager.isAuthorized(user, groups, check);
          return new boolean[] {engineSays, lookupSays};
        };
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(both);
  }

  /** 0–12 authorizations, each a random grant, revoke or global one; returns their ids. */
  private List<String> grantRandomly() {
    AuthorizationService authorizations = engine.getAuthorizationService();
    List<String> made = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    int count = random.nextInt(13);
    for (int i = 0; i < count; i++) {
      int type =
          pick(
              Authorization.AUTH_TYPE_GRANT,
              Authorization.AUTH_TYPE_GRANT,
              Authorization.AUTH_TYPE_REVOKE,
              Authorization.AUTH_TYPE_GLOBAL);
      Resource resource = RESOURCES[random.nextInt(RESOURCES.length)];
      String resourceId = resourceId(resource, false);
      String holder =
          type == Authorization.AUTH_TYPE_GLOBAL
              ? "*"
              : pick(
                  "u:" + prefix + "u1",
                  "u:" + prefix + "u2",
                  "u:" + prefix.toUpperCase() + "u1",
                  "g:" + prefix + "g1",
                  "g:" + prefix + "g2",
                  "g:" + prefix + "G2",
                  "g:" + prefix + "g3");
      // one row per kind, holder and resource (the engine's unique keys); global rows are
      // everyone's,
      // so a round that runs beside other data makes none on every resource of a type
      // (MariaDB's unique keys compare without trailing spaces)
      String key = type + holder + resource.resourceType() + resourceId.stripTrailing();
      if (!keys.add(key)
          || (type == Authorization.AUTH_TYPE_GLOBAL
              && "*".equals(resourceId)
              && besideOtherData)) {
        continue;
      }
      Authorization authorization = authorizations.createNewAuthorization(type);
      if (type == Authorization.AUTH_TYPE_GLOBAL) {
        authorization.setUserId("*");
      } else if (holder.startsWith("u:")) {
        authorization.setUserId(holder.substring(2));
      } else {
        authorization.setGroupId(holder.substring(2));
      }
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      for (Permissions permission : permissionsOf(resource)) {
        if (random.nextInt(3) == 0) {
          if (type == Authorization.AUTH_TYPE_REVOKE) {
            authorization.removePermission(permission);
          } else {
            authorization.addPermission(permission);
          }
        }
      }
      made.add(authorizations.saveAuthorization(authorization).getId());
    }
    return made;
  }

  private CompositePermissionCheck randomCheck() {
    String task = resourceId(Resources.TASK, true);
    String definition = resourceId(Resources.PROCESS_DEFINITION, true);
    CompositePermissionCheck check = new CompositePermissionCheck(true);
    switch (random.nextInt(4)) {
      case 0 -> { // a task's "work" check (claim, complete)
        check.addAtomicCheck(check(Resources.TASK, task, Permissions.TASK_WORK));
        check.addAtomicCheck(
            check(Resources.PROCESS_DEFINITION, definition, Permissions.TASK_WORK));
        check.addAtomicCheck(check(Resources.TASK, task, Permissions.UPDATE));
        check.addAtomicCheck(
            check(Resources.PROCESS_DEFINITION, definition, Permissions.UPDATE_TASK));
      }
      case 1 -> { // a task's "read" check
        check.addAtomicCheck(check(Resources.TASK, task, Permissions.READ));
        check.addAtomicCheck(
            check(Resources.PROCESS_DEFINITION, definition, Permissions.READ_TASK));
      }
      default -> {
        check = new CompositePermissionCheck(random.nextBoolean());
        int size = 1 + random.nextInt(4);
        for (int i = 0; i < size; i++) {
          Resource resource = RESOURCES[random.nextInt(RESOURCES.length)];
          List<Permissions> permissions = permissionsOf(resource);
          PermissionCheck one =
              check(
                  resource,
                  resourceId(resource, true),
                  permissions.get(random.nextInt(permissions.size())));
          if (random.nextInt(8) == 0) {
            one.setAuthorizationNotFoundReturnValue((long) random.nextInt(2));
          }
          check.addAtomicCheck(one);
        }
      }
    }
    return check;
  }

  private static PermissionCheck check(Resource resource, String id, Permissions permission) {
    PermissionCheck check = new PermissionCheck();
    check.setResource(resource);
    check.setResourceId(id);
    check.setPermission(permission);
    return check;
  }

  /**
   * Two of the resource; one that differs from the first only in case and one only by a trailing
   * space (the engine's tables tell case apart on H2 and MySQL, but MariaDB and MySQL compare
   * {@code "t1 "} equal to {@code "t1"}); every one; a check may also name none.
   */
  private String resourceId(Resource resource, boolean forCheck) {
    String kind = resource == Resources.TASK ? "t" : "p";
    int choice = random.nextInt(forCheck ? 6 : 5);
    return switch (choice) {
      case 0 -> prefix + kind + "1";
      case 1 -> prefix + kind + "2";
      case 2 -> prefix.toUpperCase() + kind.toUpperCase() + "1";
      case 3 -> prefix + kind + "1 ";
      case 4 -> "*";
      default -> null;
    };
  }

  private static List<Permissions> permissionsOf(Resource resource) {
    return Arrays.stream(Permissions.values())
        .filter(p -> p != Permissions.NONE && p != Permissions.ALL)
        .filter(p -> Arrays.asList(p.getTypes()).contains(resource))
        .toList();
  }

  @SafeVarargs
  private <T> T pick(T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  private static String describe(CompositePermissionCheck check) {
    StringBuilder text = new StringBuilder(check.isDisjunctive() ? "any[" : "all[");
    for (PermissionCheck one : check.getAtomicChecks()) {
      text.append(one.getResource().resourceName())
          .append(' ')
          .append(one.getResourceId())
          .append(' ')
          .append(one.getPermission().getName())
          .append(
              one.getAuthorizationNotFoundReturnValue() == null
                  ? ""
                  : " else " + one.getAuthorizationNotFoundReturnValue())
          .append("; ");
    }
    return text.append(']').toString();
  }

  private String describeGrants(List<String> ids) {
    StringBuilder text = new StringBuilder();
    for (Authorization a :
        engine.getAuthorizationService().createAuthorizationQuery().list().stream()
            .filter(a -> ids.contains(a.getId()))
            .toList()) {
      text.append(
          String.format(
              "{type %d user %s group %s resource %d %s perms %d} ",
              a.getAuthorizationType(),
              a.getUserId(),
              a.getGroupId(),
              a.getResourceType(),
              a.getResourceId(),
              ((AuthorizationEntity) a).getPermissions()));
    }
    return text.toString();
  }
}
