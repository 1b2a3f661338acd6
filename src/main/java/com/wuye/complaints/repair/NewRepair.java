package com.wuye.complaints.repair;

import com.wuye.complaints.complaint.Channel;

/** R-REP-1 a valid repair request, as RepairRecordParser makes it from the start variables. */
record NewRepair(
    Channel channel,
    String requesterName,
    String requesterPhone,
    String community,
    String building,
    String unit,
    String room,
    RepairRequest.RepairKind kind,
    RepairRequest.PublicSize size,
    RepairRequest.FacilityType facility,
    String description,
    boolean emergency,
    String recordedBy) {}
