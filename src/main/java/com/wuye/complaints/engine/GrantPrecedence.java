package com.wuye.complaints.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;

/**
 * Issue 18: the answer of the engine's own authorization check ({@code isUserAuthorizedForResource}
 * in Camunda's {@code Authorization.xml}) computed from the authorization rows that can match it,
 * by the same precedence. For each permission check, the first of these that holds decides:
 *
 * <ol>
 *   <li>the user's grant on the resource, then the user's revoke on it; the user's grant on every
 *       resource of the type ({@code *}), then the user's revoke on every one;
 *   <li>the same for a grant or revoke of any of the user's groups (only if the user has groups);
 *   <li>the same for a global authorization (one that does not hold the permission counts as a
 *       revoke);
 *   <li>otherwise no answer (or the check's own "not found" value).
 * </ol>
 *
 * A grant holds a permission when it has all its bits, a revoke revokes it when it lacks any of
 * them. Revokes count only when the engine checks revokes. Several checks in one: either the first
 * check that has an answer decides (disjunctive, as a task's "work" check: the task, then its
 * process definition) or all must grant (conjunctive).
 *
 * <p>Which row matches which user, group and resource the database decides (its collation), so a
 * {@link Row} carries those answers, not the ids.
 */
final class GrantPrecedence {

  private static final int GLOBAL = 0;
  private static final int GRANT = 1;
  private static final int REVOKE = 2;

  private GrantPrecedence() {}

  /**
   * One authorization row as the database matched it against the check: its kind (0 global, 1
   * grant, 2 revoke), permission bits and resource type; whether its user is the signed-in user,
   * its group one of the user's groups, its user {@code *}; whether its resource id is {@code *},
   * and which of the checks' resource ids it equals (bit {@code i} for the {@code i}-th of {@link
   * #resourceIds}).
   */
  record Row(
      int kind,
      int perms,
      int resourceType,
      boolean byUser,
      boolean byGroup,
      boolean byAnyone,
      boolean onEvery,
      int onIds) {}

  /** Whether this class answers the check: plain checks of named resources, none nested. */
  static boolean answers(CompositePermissionCheck check) {
    List<PermissionCheck> atomic = check.getAtomicChecks();
    return (check.getCompositeChecks() == null || check.getCompositeChecks().isEmpty())
        && atomic != null
        && !atomic.isEmpty()
        && atomic.stream().allMatch(one -> one.getResourceIdQueryParam() == null)
        && resourceIds(check).size() < Integer.SIZE - 1;
  }

  /** The distinct resource ids the checks name, in order: {@link Row#onIds} refers to them. */
  static List<String> resourceIds(CompositePermissionCheck check) {
    List<String> ids = new ArrayList<>();
    for (PermissionCheck one : check.getAtomicChecks()) {
      if (one.getResourceId() != null && !ids.contains(one.getResourceId())) {
        ids.add(one.getResourceId());
      }
    }
    return ids;
  }

  /**
   * The engine's answer to the check, given every row that can match it, matched against {@code
   * ids} (the check's {@link #resourceIds}).
   */
  static boolean isAuthorized(
      CompositePermissionCheck check, List<String> ids, List<Row> rows, boolean revokes) {
    List<PermissionCheck> atomic = check.getAtomicChecks();
    if (check.isDisjunctive()) { // (a single check reads the same either way)
      for (PermissionCheck one : atomic) {
        Long answer = answer(one, ids, rows, revokes);
        if (answer != null) {
          return granted(answer);
        }
      }
      return false;
    }
    for (PermissionCheck one : atomic) {
      if (!granted(answer(one, ids, rows, revokes))) {
        return false;
      }
    }
    return true;
  }

  private static boolean granted(Long answer) {
    return answer != null && answer == 1L;
  }

  /** 1 granted, 0 revoked, null: no row decides (or the check's own "not found" value). */
  private static Long answer(
      PermissionCheck check, List<String> ids, List<Row> rows, boolean revokes) {
    int bit = check.getResourceId() == null ? 0 : 1 << ids.indexOf(check.getResourceId());
    Long answer = level(check, bit, rows, row -> row.kind() != GLOBAL && row.byUser(), revokes);
    if (answer == null) { // no row is a group's when the user has none
      answer = level(check, bit, rows, row -> row.kind() != GLOBAL && row.byGroup(), revokes);
    }
    if (answer == null) {
      answer = level(check, bit, rows, row -> row.kind() == GLOBAL && row.byAnyone(), revokes);
    }
    return answer != null ? answer : check.getAuthorizationNotFoundReturnValue();
  }

  /** One level (the user's, the groups', global): the named resource first, then {@code *}. */
  private static Long level(
      PermissionCheck check, int bit, List<Row> rows, Predicate<Row> holder, boolean revokes) {
    Predicate<Row> mine = holder.and(row -> row.resourceType() == check.getResourceType());
    if (bit != 0) {
      Long named = decide(check, rows, mine.and(row -> (row.onIds() & bit) != 0), revokes);
      if (named != null) {
        return named;
      }
    }
    return decide(check, rows, mine.and(Row::onEvery), revokes);
  }

  private static Long decide(
      PermissionCheck check, List<Row> rows, Predicate<Row> matching, boolean revokes) {
    int perms = check.getPerms();
    if (rows.stream()
        .anyMatch(
            row -> matching.test(row) && row.kind() != REVOKE && (row.perms() & perms) == perms)) {
      return 1L;
    }
    if (revokes
        && rows.stream()
            .anyMatch(
                row ->
                    matching.test(row) && row.kind() != GRANT && (row.perms() & perms) != perms)) {
      return 0L;
    }
    return null;
  }
}
