package com.wuye.complaints.repair;

import static com.wuye.complaints.repair.RepairProcess.*;

import com.wuye.complaints.complaint.Channel;
import com.wuye.complaints.complaint.Phones;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.FieldReader;
import com.wuye.complaints.support.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * R-REP-1 the one definition of a valid repair request: the Tasklist start form
 * (forms/repair-intake.form) and POST /api/repairs both start process repair-order with these
 * variables, and its first step parses them here. Every problem is named in Chinese and English;
 * values are taken as given.
 */
final class RepairRecordParser {

  private final Map<String, Object> values;
  private final List<FieldError> errors = new ArrayList<>();

  private RepairRecordParser(Map<String, Object> values) {
    this.values = values;
  }

  static NewRepair parse(Map<String, Object> values) {
    return new RepairRecordParser(values).parse();
  }

  private NewRepair parse() {
    Channel channel = enumValue(CHANNEL, Channel.class, "渠道", true);
    String name = text(REQUESTER_NAME, "报修人姓名", true, 50);
    String phone = phone();
    String community = text(COMMUNITY, "小区", true, 32);
    String building = text(BUILDING, "楼栋", true, 20);
    String unit = text(UNIT, "单元", false, 20);
    String room = text(ROOM, "房号", false, 20);
    RepairRequest.RepairKind kind = enumValue(KIND, RepairRequest.RepairKind.class, "报修类别", true);
    RepairRequest.PublicSize size =
        enumValue(PUBLIC_SIZE, RepairRequest.PublicSize.class, "公共维修规模", false);
    RepairRequest.FacilityType facility =
        enumValue(FACILITY_TYPE, RepairRequest.FacilityType.class, "设施类型", false);
    String description = text(DESCRIPTION, "报修内容", true, 2000);
    boolean emergency = flag(EMERGENCY);
    String recordedBy = text(RECORDED_BY, "登记人", false, 64);
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

  private String text(String field, String zh, boolean required, int maxLength) {
    return new FieldReader(values, errors).text(field, zh, required, maxLength);
  }

  private String phone() {
    String phone = Phones.normalize(text(REQUESTER_PHONE, "联系电话", true, 30));
    if (phone != null && !Phones.isValid(phone)) {
      errors.add(FieldError.of(REQUESTER_PHONE, "invalid.phone-11-digit-mobile-area-code"));
      return null;
    }
    return phone;
  }

  private <E extends Enum<E>> E enumValue(
      String field, Class<E> type, String zh, boolean required) {
    String code = text(field, zh, required, 40);
    if (code == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, code);
    } catch (IllegalArgumentException e) {
      errors.add(
          FieldError.of(
              field,
              "invalid.bad-code",
              zh,
              code,
              field,
              Arrays.toString(type.getEnumConstants())));
      return null;
    }
  }

  private boolean flag(String field) {
    Object raw = values.get(field);
    if (raw == null) {
      return false;
    }
    if (raw instanceof Boolean b) {
      return b;
    }
    errors.add(FieldError.of(field, "invalid.true-false", field));
    return false;
  }
}
