package com.wuye.complaints.household;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * R-CUST-3 the Quartz job that starts the renewal tasks of VIP cards near their expiry. Quartz's
 * clustered JDBC job store fires it on one node at a time; the unique renewal row per card and
 * expiry makes a repeated run start nothing twice.
 */
@DisallowConcurrentExecution
class VipCardRenewalJob extends QuartzJobBean {

  private VipCardRenewals renewals;

  // Quartz creates the job; Spring's job factory injects the service through this setter
  @Autowired
  public void setVipCardRenewals(VipCardRenewals renewals) {
    this.renewals = renewals;
  }

  @Override
  protected void executeInternal(JobExecutionContext context) {
    renewals.startDue();
  }
}
