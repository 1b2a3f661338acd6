package com.wuye.complaints.openwork;

import com.wuye.complaints.openwork.OpenWorkQueries.Reader;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Issue 18: whether the read model may answer for this reader, and with which readable process
 * definitions. It answers only when the engine's checks are exactly what the read model mirrors:
 * authorizations and tenant checks on, no REVOKE for the reader or their groups and no global
 * authorization, no grant on every task or every process definition for the reader
 * (administrators), and the read model filled. Otherwise the engine answers alone.
 */
@Component
class OpenWorkReaders {

  private final ProcessEngineConfigurationImpl engine;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final IdentityService identity;
  private final OpenWorkTables tables;
  private volatile boolean filled;

  OpenWorkReaders(
      ProcessEngineConfigurationImpl engine,
      AuthorizationService authorizations,
      FilterService filters,
      IdentityService identity,
      OpenWorkTables tables) {
    this.engine = engine;
    this.authorizations = authorizations;
    this.filters = filters;
    this.identity = identity;
    this.tables = tables;
  }

  /** The reader as the engine knows them, if the read model answers exactly as it would. */
  Optional<Reader> reader(
      String user, Collection<String> groups, Collection<String> tenants, String filterId) {
    if (user == null
        || groups.isEmpty()
        || !engine.isAuthorizationEnabled()
        || !engine.isTenantCheckEnabled()
        || !engine
            .getHistoryLevel()
            .isHistoryEventProduced(HistoryEventTypes.TASK_INSTANCE_CREATE, null)
        || (engine.getAdminUsers() != null && engine.getAdminUsers().contains(user))
        || (engine.getAdminGroups() != null
            && groups.stream().anyMatch(engine.getAdminGroups()::contains))
        || !filled()) {
      return Optional.empty();
    }
    return asEngine(() -> readable(user, List.copyOf(groups), List.copyOf(tenants), filterId));
  }

  private Optional<Reader> readable(
      String user, List<String> groups, List<String> tenants, String filterId) {
    // only the reader's own REVOKEs and the global authorizations (user "*") bear on what the
    // engine shows them; asked by group and by user, each is a range of one of the engine's
    // unique indexes, not a scan of every per-task grant (300,000 rows at 100,000 open tasks)
    if (authorizations
                .createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_REVOKE)
                .groupIdIn(groups.toArray(String[]::new))
                .count()
            > 0
        || authorizations
                .createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_REVOKE)
                .userIdIn(user)
                .count()
            > 0
        || authorizations
                .createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .userIdIn(Authorization.ANY)
                .count()
            > 0
        || !authorizations.isUserAuthorized(
            user, groups, Permissions.READ, Resources.FILTER, filterId)) {
      return Optional.empty();
    }
    List<Authorization> grants =
        new java.util.ArrayList<>(
            authorizations
                .createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(Resources.PROCESS_DEFINITION)
                .groupIdIn(groups.toArray(String[]::new))
                .list());
    grants.addAll(
        authorizations
            .createAuthorizationQuery()
            .authorizationType(Authorization.AUTH_TYPE_GRANT)
            .resourceType(Resources.PROCESS_DEFINITION)
            .userIdIn(user)
            .list());
    Set<String> keys = new TreeSet<>();
    for (Authorization grant : grants) {
      if (grant.isPermissionGranted(ProcessDefinitionPermissions.READ_TASK)) {
        if (Authorization.ANY.equals(grant.getResourceId())) {
          return Optional.empty();
        }
        keys.add(grant.getResourceId());
      }
    }
    if (authorizations
                .createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(Resources.TASK)
                .resourceId(Authorization.ANY)
                .groupIdIn(groups.toArray(String[]::new))
                .count()
            > 0
        || authorizations
                .createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(Resources.TASK)
                .resourceId(Authorization.ANY)
                .userIdIn(user)
                .count()
            > 0) {
      return Optional.empty();
    }
    return Optional.of(new Reader(user, groups, tenants, List.copyOf(keys)));
  }

  /** A saved task filter's query, read as the engine (the reader's own READ is checked above). */
  Optional<TaskQueryImpl> filterQuery(String filterId) {
    return asEngine(
        () -> {
          Filter filter = filters.getFilter(filterId);
          return filter != null
                  && "Task".equals(filter.getResourceType())
                  && filter.getQuery() instanceof TaskQueryImpl query
              ? Optional.of(query)
              : Optional.<TaskQueryImpl>empty();
        });
  }

  /** The engine's own count of the filter for the reader (its full query, all its checks). */
  long engineCount(Reader reader, String filterId) {
    Authentication current = identity.getCurrentAuthentication();
    identity.setAuthentication(
        reader.user(), List.copyOf(reader.groups()), List.copyOf(reader.tenants()));
    try {
      Long count = filters.count(filterId);
      return count == null ? 0 : count;
    } finally {
      identity.clearAuthentication();
      if (current != null) {
        identity.setAuthentication(current);
      }
    }
  }

  private boolean filled() {
    if (!filled) {
      filled = tables.filled();
    }
    return filled;
  }

  /** Runs without the signed-in user's authentication, which the engine might hold already. */
  private <T> T asEngine(Supplier<T> work) {
    Authentication current = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (current != null) {
        identity.setAuthentication(current);
      }
    }
  }
}
