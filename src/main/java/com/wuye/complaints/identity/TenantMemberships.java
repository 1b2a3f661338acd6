package com.wuye.complaints.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The Camunda tenants (one per community, issue 16) a user belongs to, directly or through a group:
 * the same answer the webapps' login computes ({@code
 * TenantQuery.userMember(..).includingGroupsOfUser(true)}), read straight from the identity tables
 * so that it works whatever engine authentication the thread carries at that moment (the query
 * would otherwise be filtered by the caller's own READ grants).
 */
@Component
class TenantMemberships {

  private final JdbcTemplate jdbc;

  TenantMemberships(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Issue 18: a user's groups and tenants in one read, at sign-in (the groups as Camunda's group
   * query {@code groupMember(userId)} lists them, the tenants as {@link #of} would answer for those
   * groups). Read for every request: nothing is kept between requests, so an administrator's change
   * of a membership counts from the next request on, on every node.
   */
  Signed signIn(String userId) {
    Set<String> groups = new TreeSet<>();
    Set<String> tenants = new TreeSet<>();
    jdbc.query(
        "select 'G' as kind, g.ID_ as id from ACT_ID_GROUP g"
            + " join ACT_ID_MEMBERSHIP m on m.GROUP_ID_ = g.ID_"
            + " join ACT_ID_USER u on u.ID_ = m.USER_ID_ where u.ID_ = ?"
            + " union all select distinct 'T' as kind, t.TENANT_ID_ as id"
            + " from ACT_ID_TENANT_MEMBER t where t.USER_ID_ = ? or t.GROUP_ID_ in"
            + " (select m2.GROUP_ID_ from ACT_ID_MEMBERSHIP m2"
            + " join ACT_ID_GROUP g2 on g2.ID_ = m2.GROUP_ID_ where m2.USER_ID_ = ?)",
        row -> {
          ("G".equals(row.getString("kind")) ? groups : tenants).add(row.getString("id"));
        },
        userId,
        userId,
        userId);
    return new Signed(groups, tenants);
  }

  /** A user's groups and tenants, read together at sign-in. */
  record Signed(Set<String> groups, Set<String> tenants) {}

  Set<String> of(String userId, Collection<String> groups) {
    if (userId == null) {
      return Set.of();
    }
    // issue 18: this request's sign-in read them already, for the same user and groups
    if (SecurityContextHolder.getContext().getAuthentication() instanceof SignedIn signedIn
        && userId.equals(signedIn.getName())
        && Set.copyOf(groups).equals(signedIn.groups())) {
      return new TreeSet<>(signedIn.tenants());
    }
    StringBuilder sql =
        new StringBuilder(
            "select distinct TENANT_ID_ from ACT_ID_TENANT_MEMBER where USER_ID_ = ?");
    List<Object> args = new java.util.ArrayList<>();
    args.add(userId);
    if (!groups.isEmpty()) {
      sql.append(" or GROUP_ID_ in (")
          .append(String.join(",", groups.stream().map(g -> "?").toList()))
          .append(')');
      args.addAll(groups);
    }
    return new TreeSet<>(jdbc.queryForList(sql.toString(), String.class, args.toArray()));
  }
}
