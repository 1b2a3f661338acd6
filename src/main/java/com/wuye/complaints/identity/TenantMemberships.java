package com.wuye.complaints.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
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

  Set<String> of(String userId, Collection<String> groups) {
    if (userId == null) {
      return Set.of();
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
