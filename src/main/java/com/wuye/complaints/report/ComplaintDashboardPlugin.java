package com.wuye.complaints.report;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * R-KPI-1 the Cockpit plugin {@code complaint-dashboard}: the managers' dashboard on Cockpit's
 * start page and as its own page (看板 Dashboard). Cockpit loads its assets from {@code
 * /camunda/api/cockpit/plugin/complaint-dashboard/static/app/plugin.js} (and plugin.css), read from
 * {@code plugin-webapp/complaint-dashboard/app/}; the page reads its numbers from /api/reports/*
 * with the Cockpit sign-in. Registered in META-INF/services (Camunda's plugin loader, not Spring).
 */
public class ComplaintDashboardPlugin extends AbstractCockpitPlugin {

  public static final String ID = "complaint-dashboard";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(ComplaintDashboardRootResource.class);
  }
}
