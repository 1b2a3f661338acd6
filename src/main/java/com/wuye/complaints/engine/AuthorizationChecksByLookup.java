package com.wuye.complaints.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;

/**
 * Issue 18: the engine's checks of one resource ("may this user work on this task?") answered from
 * one plain look-up of the rows that can match them, decided in Java by the engine's precedence
 * ({@link GrantPrecedence}). The engine builds one statement per check instead: a claim's or a
 * completion's four-part check is 48 nested {@code EXISTS}, 35 KB of SQL that MyBatis assembles
 * anew each time (18–19 % of the JVM's samples in a lifecycle on MariaDB; 3–4 % with this manager,
 * docs/benchmarks.md). What the engine answers and what this manager answers are compared on random
 * grants, revokes and global authorizations by {@code AuthorizationChecksByLookupTest} (H2) and
 * {@code AuthorizationChecksMariaDbIT}.
 *
 * <p>Checks this class does not answer (nested, or evaluated per row of a query) go to the engine
 * as before. Query filters ("the tasks I may see") are not checks of one resource and do not come
 * here.
 */
class AuthorizationChecksByLookup extends AuthorizationGroupsAsGiven {

  static final String MAPPING = "com/wuye/complaints/engine/authorization-lookup.xml";
  private static final String LOOKUP = "selectAuthorizationsForPermissionChecks";

  @Override
  public boolean isAuthorized(
      String userId, List<String> groupIds, PermissionCheck permissionCheck) {
    if (!isAuthorizationEnabled()) {
      return true;
    }
    CompositePermissionCheck single = new CompositePermissionCheck();
    single.setAtomicChecks(List.of(permissionCheck));
    return isAuthorized(userId, groupIds, single);
  }

  @Override
  public boolean isAuthorized(
      String userId, List<String> groupIds, CompositePermissionCheck check) {
    if (!GrantPrecedence.answers(check)
        || !check.getAllPermissionChecks().stream().allMatch(this::isResourceValidForPermission)) {
      return engineAnswer(userId, groupIds, check); // and the engine's error for a wrong resource
    }
    List<String> groups = filterAuthenticatedGroupIds(groupIds);
    boolean revokes = isRevokeAuthCheckEnabled(userId, groupIds);
    List<String> ids = GrantPrecedence.resourceIds(check);
    return GrantPrecedence.isAuthorized(check, ids, rows(userId, groups, check, ids), revokes);
  }

  /** The engine's own answer, by its own statement. */
  boolean engineAnswer(String userId, List<String> groupIds, CompositePermissionCheck check) {
    return super.isAuthorized(userId, groupIds, check);
  }

  private List<GrantPrecedence.Row> rows(
      String userId, List<String> groups, CompositePermissionCheck check, List<String> ids) {
    List<Map<String, Object>> named = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      named.add(Map.of("id", ids.get(i), "bit", 1 << i));
    }
    LinkedHashSet<Integer> types = new LinkedHashSet<>();
    check.getAtomicChecks().forEach(one -> types.add(one.getResourceType()));
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("userId", userId);
    parameters.put("groupIds", groups);
    parameters.put("resourceTypes", new ArrayList<>(types));
    parameters.put("ids", named);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> found =
        getDbEntityManager().selectListWithRawParameter(LOOKUP, parameters, 0, Integer.MAX_VALUE);
    List<GrantPrecedence.Row> rows = new ArrayList<>(found.size());
    for (Map<String, Object> row : found) {
      rows.add(
          new GrantPrecedence.Row(
              number(row, "KIND"),
              number(row, "PERMS"),
              number(row, "RESOURCE_TYPE"),
              number(row, "BY_USER") == 1,
              number(row, "BY_GROUP") == 1,
              number(row, "BY_ANYONE") == 1,
              number(row, "ON_EVERY") == 1,
              number(row, "ON_IDS")));
    }
    return rows;
  }

  private static int number(Map<String, Object> row, String column) {
    Object value = row.get(column);
    if (value == null) {
      value = row.get(column.toLowerCase(Locale.ROOT));
    }
    return value == null ? 0 : ((Number) value).intValue();
  }
}
