package com.wuye.complaints.household;

import com.wuye.complaints.support.ClusteredJob;
import org.quartz.DisallowConcurrentExecution;

/**
 * R-CUST-3 the Quartz job that starts the renewal tasks of VIP cards near their expiry. The unique
 * renewal row per card and expiry makes a repeated run start nothing twice.
 */
@DisallowConcurrentExecution
class VipCardRenewalJob extends ClusteredJob<VipCardRenewals> {

  @Override
  protected void run(VipCardRenewals renewals) {
    renewals.startDue();
  }
}
