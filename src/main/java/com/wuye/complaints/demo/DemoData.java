package com.wuye.complaints.demo;

import com.wuye.complaints.community.CommunityService;
import com.wuye.complaints.complaint.ComplaintService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's users, communities, sample complaints and repair orders, so a newcomer logs in
 * to real work.
 */
@Component
@Profile("demo")
@Order(30)
class DemoData implements ApplicationRunner {

  private final DemoUsers users;
  private final CommunityService communities;
  private final ComplaintService complaints;
  private final DemoComplaints samples;
  private final DemoHistory history;
  private final DemoRepairs repairs;

  DemoData(
      DemoUsers users,
      CommunityService communities,
      ComplaintService complaints,
      DemoComplaints samples,
      DemoHistory history,
      DemoRepairs repairs) {
    this.repairs = repairs;
    this.users = users;
    this.communities = communities;
    this.complaints = complaints;
    this.samples = samples;
    this.history = history;
  }

  @Override
  public void run(ApplicationArguments args) {
    users.ensure();
    communities.ensure("huayuan", "华苑小区", "滨海新区华苑路168号", 620);
    communities.ensure("jinhu", "锦湖花园", "锦湖大道2号", 380);
    users.ensureCommunities();
    if (complaints.count() == 0) {
      samples.create();
      history.create(); // R-KPI-1 twelve months of closed complaints for the dashboard
    }
    if (!repairs.exist()) {
      repairs.create(); // issue 17: repair orders at every stage in both communities
    }
  }
}
