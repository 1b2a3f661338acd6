package com.wuye.complaints.engine;

import com.wuye.complaints.support.SystemWork;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.db.TenantCheck;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionManager;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionQueryImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;

/**
 * Issue 18: Camunda asks the database for the latest version of a decision on every evaluation, so
 * that a decision an analyst deploys takes effect at once on every node — one intake evaluates a
 * handful of decisions and so asked nine times. This manager reads the latest version of every
 * decision (per tenant) once per command, on the first evaluation, and answers every lookup of that
 * command from it with the engine's own rules: the tenant check of the running command, and the
 * engine's own error (it asks the database itself) when a key has versions of several tenants. The
 * next command reads again, so a version deployed on any node counts from the next command on; a
 * deployment inside the command forgets what was read.
 *
 * <p>The engine opens one manager per command (it is a {@link Session}), so what was read never
 * outlives the command (and transaction) that read it.
 */
class DecisionLookupsPerCommand extends DecisionDefinitionManager {

  /** The latest version of each decision key, one per tenant (null: shared); null until read. */
  private Map<String, List<DecisionDefinitionEntity>> latest;

  @Override
  public DecisionDefinitionEntity findLatestDecisionDefinitionByKey(String key) {
    // the tenants the engine's own query would admit (the authenticated user's, when checked)
    TenantCheck check = configureParameterizedQuery(key).getTenantCheck();
    Predicate<String> admitted =
        check != null && check.isTenantCheckEnabled()
            ? tenant ->
                tenant == null
                    || (check.getAuthTenantIds() != null
                        && check.getAuthTenantIds().contains(tenant))
            : tenant -> true;
    List<DecisionDefinitionEntity> candidates =
        latestOf(key).stream()
            .filter(definition -> admitted.test(definition.getTenantId()))
            .toList();
    if (candidates.size() > 1) {
      return super.findLatestDecisionDefinitionByKey(key); // the engine's error for this case
    }
    return candidates.isEmpty() ? null : candidates.get(0);
  }

  @Override
  public DecisionDefinitionEntity findLatestDecisionDefinitionByKeyAndTenantId(
      String key, String tenantId) {
    return latestOf(key).stream()
        .filter(
            definition ->
                tenantId == null
                    ? definition.getTenantId() == null
                    : tenantId.equals(definition.getTenantId()))
        .findFirst()
        .orElse(null);
  }

  @Override
  public void insertDecisionDefinition(DecisionDefinitionEntity definition) {
    latest = null;
    super.insertDecisionDefinition(definition);
  }

  @Override
  public void deleteDecisionDefinitionsByDeploymentId(String deploymentId) {
    latest = null;
    super.deleteDecisionDefinitionsByDeploymentId(deploymentId);
  }

  private List<DecisionDefinitionEntity> latestOf(String key) {
    if (latest == null) {
      latest = readLatest();
    }
    return latest.getOrDefault(key, List.of());
  }

  /**
   * One query: the latest version of every decision key per tenant, as the engine itself reads it
   * (no authorization check: looking a decision up to evaluate it checks none; every tenant: the
   * lookups above apply the tenant check).
   */
  private Map<String, List<DecisionDefinitionEntity>> readLatest() {
    return SystemWork.run(
        () -> {
          DecisionDefinitionQueryImpl query = new DecisionDefinitionQueryImpl();
          query.latestVersion();
          Map<String, List<DecisionDefinitionEntity>> byKey = new HashMap<>();
          for (DecisionDefinition definition :
              findDecisionDefinitionsByQueryCriteria(query, null)) {
            byKey
                .computeIfAbsent(definition.getKey(), k -> new ArrayList<>())
                .add((DecisionDefinitionEntity) definition);
          }
          return byKey;
        });
  }
}
