package com.wuye.complaints.demo;

import com.wuye.complaints.community.CommunityService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's users and communities, written before the application is ready so a newcomer
 * can sign in at once; the sample complaints and repair orders follow in the background ({@link
 * DemoSamples}).
 */
@Component
@Profile("demo")
@Order(30)
class DemoData implements ApplicationRunner {

  private final DemoUsers users;
  private final CommunityService communities;

  DemoData(DemoUsers users, CommunityService communities) {
    this.users = users;
    this.communities = communities;
  }

  @Override
  public void run(ApplicationArguments args) {
    users.ensure();
    communities.ensure("huayuan", "华苑小区", "滨海新区华苑路168号", 620);
    communities.ensure("jinhu", "锦湖花园", "锦湖大道2号", 380);
    users.ensureCommunities();
  }
}
