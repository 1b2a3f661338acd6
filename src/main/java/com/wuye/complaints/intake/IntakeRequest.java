package com.wuye.complaints.intake;

import com.wuye.complaints.complaint.Category;
import com.wuye.complaints.complaint.Channel;
import com.wuye.complaints.complaint.ComplaintNumbers;
import com.wuye.complaints.complaint.Phones;
import com.wuye.complaints.notification.NoticeChannel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A complaint from another channel (R-IN-1), the four-clears record of R-IN-2. Messages are keys of
 * the catalogue (Messages); the same rules as the Tasklist intake form.
 */
@Schema(description = "新投诉 A new complaint")
record IntakeRequest(
    @NotNull(message = "invalid.channel-required") Channel channel,
    @NotNull(message = "invalid.intake.complainant-required") @Valid Complainant complainant,
    @NotNull(message = "invalid.location-required") @Valid Location location,
    @NotNull(message = "invalid.intake.category-required") Category category,
    @NotBlank(message = "invalid.intake.description-required")
        @Size(max = 2000, message = "invalid.intake.description-most-2000-characters")
        String description,
    @Schema(
            description =
                "投诉人数；几人算集体投诉、定为何等级由决策表 complaint-severity 决定 / number of complainants; "
                    + "decision complaint-severity says how many make a collective complaint of which severity",
            defaultValue = "1")
        @Min(value = 1, message = "invalid.intake.collectivesize-least-1")
        @Max(value = 100000, message = "invalid.intake.collectivesize-most-100000")
        Integer collectiveSize,
    @Schema(description = "已诉讼 already in court") Boolean inLitigation,
    @Schema(description = "已被媒体曝光 reported by the media") Boolean mediaExposed,
    @Schema(description = "有诉讼或曝光风险 litigation or media risk") Boolean litigationOrMediaRisk,
    @Schema(description = "需其他部门协同 needs other departments") Boolean needsOtherDepartments,
    @Schema(description = "重复投诉的原投诉编号 earlier complaint this repeats", example = "TS-20261122-0001")
        @Pattern(
            regexp = ComplaintNumbers.PATTERN,
            message = "invalid.intake.repeatof-look-like-ts-20261122-0001")
        String repeatOf,
    @Schema(description = "客户类别 A VIP, B loyal, C ordinary, D difficult (R-CUST-1)")
        @Pattern(regexp = "[ABCD]", message = "invalid.intake.customercategory-b-c-d")
        String customerCategory,
    @Schema(
            description = "通知投诉人的方式：SMS 短信（默认）或 WECHAT 微信 how the complainant is told",
            defaultValue = "SMS")
        NoticeChannel noticeChannel,
    @Schema(
            description = "投诉人不接收通知（受理确认、处理结果） the complainant declines messages",
            defaultValue = "false")
        Boolean notifyOptOut,
    @Schema(
            description =
                "投诉时间（客户提出投诉的时间，缺省为收到时间，不得晚于现在）when the complaint was made, "
                    + "if earlier than now (R-IN-2); the age and response clocks count from it",
            example = "2026-11-02T09:30:00+08:00")
        java.time.OffsetDateTime madeAt,
    @Schema(
            description =
                "被投诉员工的账号（投诉针对某位员工时，如服务态度）：须为已有用户；此人不得处理、回访或办理本投诉的任何任务，"
                    + "投诉交升级链上其所在层级的上一级处理 / the user id of the staff member the complaint is about (e.g. service "
                    + "attitude): an existing user; they may not work any task of it, and it goes to the level of the escalation chain "
                    + "above theirs (R-RESP, R-VISIT-1)",
            example = "officer-wang")
        @Size(max = 64, message = "invalid.intake.namedstaff-most-64-characters")
        String namedStaff) {

  record Complainant(
      @NotBlank(message = "invalid.intake.complainant-name-required")
          @Size(max = 50, message = "invalid.intake.complainant-name-most-50-characters")
          String name,
      @NotBlank(message = "invalid.intake.complainant-phone-required")
          @Pattern(regexp = Phones.PATTERN, message = "invalid.phone-11-digit-mobile-area-code")
          @Schema(
              description =
                  "手机或固话；空格、连字符和 +86 可有可无 mobile or landline; spaces, hyphens and +86 are fine",
              example = "138 1234 5678")
          String phone) {

    /** The number in its one stored form (Phones), before it is checked. */
    Complainant {
      phone = Phones.normalize(phone);
    }
  }

  record Location(
      @Schema(description = "小区代码 community code", example = "huayuan")
          @NotBlank(message = "invalid.location-community-required")
          @Size(max = 32, message = "invalid.location-community-most-32-characters")
          String community,
      @NotBlank(message = "invalid.location-building-required")
          @Size(max = 20, message = "invalid.location-building-most-20-characters")
          String building,
      @Size(max = 20, message = "invalid.location-unit-most-20-characters") String unit,
      @Size(max = 20, message = "invalid.location-room-most-20-characters") String room) {}
}
