package com.wuye.complaints.demo;

import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.support.DemoSeed;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's sample complaints, a year of closed ones for the dashboard and the repair orders, each
 * driven through the real process; written after the application is ready (support/DemoSeeding).
 */
@Component
@Profile("demo")
@Order(30)
class DemoSamples implements DemoSeed {

  private final ComplaintService complaints;
  private final DemoComplaints samples;
  private final DemoHistory history;
  private final DemoRepairs repairs;

  DemoSamples(
      ComplaintService complaints,
      DemoComplaints samples,
      DemoHistory history,
      DemoRepairs repairs) {
    this.complaints = complaints;
    this.samples = samples;
    this.history = history;
    this.repairs = repairs;
  }

  @Override
  public String name() {
    return "sample complaints and repair orders";
  }

  @Override
  public void seed() {
    if (complaints.count() == 0) {
      samples.create();
      history.create(); // R-KPI-1 twelve months of closed complaints for the dashboard
    }
    if (!repairs.exist()) {
      repairs.create(); // issue 17: repair orders at every stage in both communities
    }
  }
}
