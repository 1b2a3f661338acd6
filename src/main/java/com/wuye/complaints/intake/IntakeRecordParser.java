package com.wuye.complaints.intake;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.complaint.Category;
import com.wuye.complaints.complaint.Channel;
import com.wuye.complaints.complaint.ComplaintNumbers;
import com.wuye.complaints.complaint.NewComplaint;
import com.wuye.complaints.complaint.Phones;
import com.wuye.complaints.notification.NoticeChannel;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.FieldReader;
import com.wuye.complaints.support.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Turns the intake variables (from the Tasklist start form or any other start) into a valid {@link
 * NewComplaint}, or rejects them with every problem named in Chinese and English. Values are taken
 * as given: no guessing a number from text or a boolean from a number.
 */
final class IntakeRecordParser {

  private final Map<String, Object> values;
  private final List<FieldError> errors = new ArrayList<>();
  private final FieldReader read;

  private IntakeRecordParser(Map<String, Object> values) {
    this.values = values;
    this.read = new FieldReader(values, errors);
  }

  /**
   * {@code now}: the engine clock, when the complaint is being recorded (a made-at time may not be
   * later).
   */
  static NewComplaint parse(Map<String, Object> values, String receivedBy, Instant now) {
    return new IntakeRecordParser(values).parse(receivedBy, now);
  }

  /**
   * R-LOOP how the complainant wants to be told: the channel (SMS unless given) and whether they
   * declined.
   */
  static NoticeRequest notice(Map<String, Object> values) {
    IntakeRecordParser parser = new IntakeRecordParser(values);
    NoticeChannel channel =
        values.get(NOTICE_CHANNEL) == null
            ? NoticeChannel.SMS
            : parser.read.enumValue(NOTICE_CHANNEL, NoticeChannel.class, "通知方式", true);
    boolean optOut = parser.read.flag(NOTIFY_OPT_OUT);
    if (!parser.errors.isEmpty()) {
      throw new InvalidInputException(parser.errors);
    }
    return new NoticeRequest(channel, optOut);
  }

  /**
   * R-RESP, R-VISIT-1 the staff member the complaint is about, as a user id (optional; blank is
   * none). Whether that user exists is checked where the engine's users are known
   * (namedstaff.NamedStaff).
   */
  static String namedStaff(Map<String, Object> values) {
    IntakeRecordParser parser = new IntakeRecordParser(values);
    String userId = parser.read.text(NAMED_STAFF, "被投诉员工账号", false, 64);
    if (!parser.errors.isEmpty()) {
      throw new InvalidInputException(parser.errors);
    }
    return userId;
  }

  private NewComplaint parse(String receivedBy, Instant now) {
    NewComplaint intake =
        new NewComplaint(
            read.enumValue(CHANNEL, Channel.class, "渠道", true),
            read.enumValue(CATEGORY, Category.class, "类别", true),
            read.text(COMPLAINANT_NAME, "投诉人姓名", true, 50),
            Phones.read(read, COMPLAINANT_PHONE),
            read.text(COMMUNITY, "小区", true, 32),
            read.text(BUILDING, "楼栋", true, 20),
            read.text(UNIT, "单元", false, 20),
            read.text(ROOM, "房号", false, 20),
            read.text(DESCRIPTION, "投诉内容", true, 2000),
            collectiveSize(),
            read.flag(IN_LITIGATION),
            read.flag(MEDIA_EXPOSED),
            read.flag(LITIGATION_OR_MEDIA_RISK),
            read.flag(NEEDS_OTHER_DEPARTMENTS),
            repeatOf(),
            receivedBy,
            customerCategory(),
            madeAt(now));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return intake;
  }

  private String repeatOf() {
    String no = read.text(REPEAT_OF, "原投诉编号", false, 20);
    if (no != null && !ComplaintNumbers.isValid(no)) {
      errors.add(FieldError.of(REPEAT_OF, "invalid.intake.repeatof-look-like-ts-20261122-0001"));
      return null;
    }
    return no;
  }

  /** R-CUST-1: A VIP, B loyal, C ordinary, D difficult; unknown is left empty. */
  private String customerCategory() {
    String category = read.text(CUSTOMER_CATEGORY, "客户类别", false, 1);
    if (category != null && !"ABCD".contains(category)) {
      errors.add(FieldError.of(CUSTOMER_CATEGORY, "invalid.intake.customercategory-b-c-d"));
      return null;
    }
    return category;
  }

  /**
   * R-IN-2 when the complaint was made: optional (then it is when it is recorded), an ISO date-time
   * with offset (the intake form's date-time field, the API's {@code madeAt}) or a date; never in
   * the future.
   */
  private Instant madeAt(Instant now) {
    Object raw = values.get(MADE_AT);
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      return null;
    }
    Instant madeAt;
    if (raw instanceof Date date) {
      madeAt = date.toInstant();
    } else if (raw instanceof String s) {
      try {
        madeAt = OffsetDateTime.parse(s.strip()).toInstant();
      } catch (DateTimeParseException e) {
        errors.add(FieldError.of(MADE_AT, "invalid.intake.madeat-date-time-offset-like-2026"));
        return null;
      }
    } else {
      errors.add(FieldError.of(MADE_AT, "invalid.intake.madeat-date-time"));
      return null;
    }
    if (madeAt.isAfter(now)) {
      errors.add(FieldError.of(MADE_AT, "invalid.intake.madeat-may-not-in-future"));
      return null;
    }
    return madeAt;
  }

  private int collectiveSize() {
    Object raw = values.get(COLLECTIVE_SIZE);
    if (raw == null) {
      return 1;
    }
    if (raw instanceof Integer
        || raw instanceof Long
        || raw instanceof Short
        || (raw instanceof Number n && isWhole(n))) {
      long size = ((Number) raw).longValue();
      if (size >= 1 && size <= 100_000) {
        return (int) size;
      }
    }
    errors.add(
        FieldError.of(COLLECTIVE_SIZE, "invalid.intake.collectivesize-whole-number-least-1"));
    return 1;
  }

  private static boolean isWhole(Number n) {
    try {
      new BigDecimal(n.toString()).longValueExact();
      return true;
    } catch (ArithmeticException | NumberFormatException e) {
      return false;
    }
  }
}
