package com.wuye.complaints.community;

import com.wuye.complaints.identity.CommunityTenants;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Issue 16: every community has its tenant — also the communities added before tenants existed. At
 * start-up, after the groups exist (GroupSetup) and before anything starts a process; running it
 * again changes nothing. New communities get theirs when they are added (CommunityService).
 */
@Component
@Order(12)
class CommunityTenantSetup implements ApplicationRunner {

  private final CommunityRepository communities;
  private final CommunityTenants tenants;

  CommunityTenantSetup(CommunityRepository communities, CommunityTenants tenants) {
    this.communities = communities;
    this.tenants = tenants;
  }

  @Override
  public void run(ApplicationArguments args) {
    communities
        .findAllByOrderByCode()
        .forEach(community -> tenants.ensure(community.getCode(), community.getName()));
  }
}
