package com.wuye.complaints.repair;

import static com.wuye.complaints.repair.RepairProcess.*;

import com.wuye.complaints.complaint.Channel;
import com.wuye.complaints.complaint.Phones;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.FieldReader;
import com.wuye.complaints.support.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * R-REP-1 the one definition of a valid repair request: the Tasklist start form
 * (forms/repair-intake.form) and POST /api/repairs both start process repair-order with these
 * variables, and its first step parses them here. Every problem is named in Chinese and English;
 * values are taken as given.
 */
final class RepairRecordParser {

  private final List<FieldError> errors = new ArrayList<>();
  private final FieldReader read;

  private RepairRecordParser(Map<String, Object> values) {
    this.read = new FieldReader(values, errors);
  }

  static NewRepair parse(Map<String, Object> values) {
    return new RepairRecordParser(values).parse();
  }

  private NewRepair parse() {
    Channel channel = read.enumValue(CHANNEL, Channel.class, "渠道", true);
    String name = read.text(REQUESTER_NAME, "报修人姓名", true, 50);
    String phone = Phones.read(read, REQUESTER_PHONE);
    String community = read.text(COMMUNITY, "小区", true, 32);
    String building = read.text(BUILDING, "楼栋", true, 20);
    String unit = read.text(UNIT, "单元", false, 20);
    String room = read.text(ROOM, "房号", false, 20);
    RepairRequest.RepairKind kind =
        read.enumValue(KIND, RepairRequest.RepairKind.class, "报修类别", true);
    RepairRequest.PublicSize size =
        read.enumValue(PUBLIC_SIZE, RepairRequest.PublicSize.class, "公共维修规模", false);
    RepairRequest.FacilityType facility =
        read.enumValue(FACILITY_TYPE, RepairRequest.FacilityType.class, "设施类型", false);
    String description = read.text(DESCRIPTION, "报修内容", true, 2000);
    boolean emergency = read.flag(EMERGENCY);
    String recordedBy = read.text(RECORDED_BY, "登记人", false, 64);
    // R-REP-3 the fix deadline of a public-facility repair depends on its size; a household repair
    // has none
    if (kind == RepairRequest.RepairKind.PUBLIC_FACILITY
        && size == null
        && !errors.stream().anyMatch(e -> e.field().equals(PUBLIC_SIZE))) {
      errors.add(
          FieldError.of(PUBLIC_SIZE, "invalid.repair.public-facility-repair-needs-size-small"));
    }
    if (kind == RepairRequest.RepairKind.HOUSEHOLD && size != null) {
      errors.add(FieldError.of(PUBLIC_SIZE, "invalid.repair.household-repair-has-no-size"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new NewRepair(
        channel,
        name,
        phone,
        community,
        building,
        unit,
        room,
        kind,
        size,
        facility == null ? RepairRequest.FacilityType.ORDINARY : facility,
        description,
        emergency,
        recordedBy);
  }
}
