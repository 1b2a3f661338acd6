package com.wuye.complaints.repair;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** What the repair API answers. Contact details only masked. */
final class RepairViews {

  private RepairViews() {}

  /**
   * 201 to an intake: the slip number, its deadlines (repair-sla) and the group it was issued to.
   */
  record RepairCreated(
      String orderNo,
      String assignedGroup,
      String arrivalWithin,
      String fixWithin,
      String returnVisitWithin,
      int taskPriority) {}

  record RepairDetail(
      String orderNo,
      String status,
      String channel,
      String kind,
      String facility,
      String size,
      boolean emergency,
      String community,
      String building,
      String unit,
      String room,
      String description,
      String requesterName,
      String requesterPhone,
      Instant requestedAt,
      String openStep,
      @Schema(description = "投诉编号：由投诉处理步骤派出的维修单 the complaint this order was issued from, if any")
          String complaintNo) {}
}
