package com.wuye.complaints.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.stereotype.Component;

/**
 * Issue 16: a new complaint or repair order belongs to its community's tenant. The process models
 * are deployed once, without a tenant, and shared by every community; when an instance of such a
 * shared definition starts, the engine asks this provider and stamps the answer on the instance —
 * its tasks, jobs (timers), variables, incidents and history inherit it. The answer is the start
 * variable {@code community} (both the complaint-handling and the repair-order process start with
 * it; the intake checks it names an active community). Decisions evaluated inside an instance take
 * the instance's tenant. Instances started before this existed keep no tenant (docs/operations.md).
 */
@Component
class CommunityTenantIdProvider extends AbstractProcessEnginePlugin implements TenantIdProvider {

  static final String COMMUNITY_VARIABLE = "community";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(this);
    configuration.setTenantCheckEnabled(true);
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getSuperExecution() != null) {
      return ctx.getSuperExecution().getTenantId();
    }
    Object community =
        ctx.getVariables() == null ? null : ctx.getVariables().get(COMMUNITY_VARIABLE);
    return community instanceof String code && !code.isBlank() ? code : null;
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return null;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(
      TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
  }
}
