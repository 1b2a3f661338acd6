package com.wuye.complaints.report;

import jakarta.ws.rs.Path;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/**
 * Serves the dashboard plugin's two assets (app/plugin.js, app/plugin.css; Camunda allows no
 * others). The plugin has no data resource of its own: its numbers come from /api/reports/*, which
 * check who may read them.
 */
@Path("plugin/" + ComplaintDashboardPlugin.ID)
public class ComplaintDashboardRootResource extends AbstractCockpitPluginRootResource {

  public ComplaintDashboardRootResource() {
    super(ComplaintDashboardPlugin.ID);
  }
}
