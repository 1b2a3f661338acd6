package com.wuye.complaints.notification;

/**
 * Where the sender reads the phone of a repair order's requester when it sends them a message: the
 * repair feature answers from its repair_order row (R-CUST-5: the phone is never stored with the
 * message nor held in process variables). An interface here, so the outbox does not depend on the
 * repair feature, which depends on the outbox.
 */
public interface RepairCustomerPhones {

  /** The requester's phone of the repair order with this id. */
  String phoneOf(long repairOrderId);
}
