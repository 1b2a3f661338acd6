package com.wuye.complaints.repair;

/**
 * The variables of process repair-order, named once. Personal data (name, phone) only ever
 * transient.
 */
final class RepairProcess {

  static final String KEY = "repair-order";

  // the request, as the start form (forms/repair-intake.form) and POST /api/repairs give it
  static final String CHANNEL = "channel";
  static final String REQUESTER_NAME = "requesterName";
  static final String REQUESTER_PHONE = "requesterPhone";
  static final String COMMUNITY = "community";
  static final String BUILDING = "building";
  static final String UNIT = "unit";
  static final String ROOM = "room";
  static final String KIND = "repairKind";
  static final String PUBLIC_SIZE = "publicSize";
  static final String FACILITY_TYPE = "facilityType";
  static final String DESCRIPTION = "description";
  static final String EMERGENCY = "emergency";

  /** who recorded it: the start event's initiator in Tasklist, the API's caller otherwise */
  static final String RECORDED_BY = "recordedBy";

  // set when the request is recorded
  static final String REPAIR_NO = "repairNo";
  static final String VIP = "vip";

  private RepairProcess() {}
}
