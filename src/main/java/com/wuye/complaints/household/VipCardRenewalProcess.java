package com.wuye.complaints.household;

/**
 * Process vip-card-renewal (bpmn/vip-card-renewal.bpmn): its key and variable names, declared once.
 */
final class VipCardRenewalProcess {

  static final String KEY = "vip-card-renewal";

  // set when the renewal job starts the task: ids and small values, never a name or phone
  static final String RENEWAL_ID = "renewalId";
  static final String CARD_ID = "cardId";
  static final String CARD_NO = "cardNo";
  static final String CUSTOMER_ID = "customerId";
  static final String CUSTOMER_CATEGORY = "customerCategory";
  static final String VALID_UNTIL = "validUntil";
  static final String EXPIRES_ON = "expiresOn";

  // the form of UserTask_ReviewVipCardRenewal
  static final String DECISION = "renewalDecision";
  static final String REASON = "renewalReason";

  /** Set by the task's listener: whether the card was renewed (Gateway_CardRenewed). */
  static final String RENEWED = "renewed";

  private VipCardRenewalProcess() {}
}
