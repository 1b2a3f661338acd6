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
 * A complaint from another channel (R-IN-1), the four-clears record of R-IN-2. Messages read "中文 /
 * English"; the same rules as the Tasklist intake form.
 */
@Schema(description = "新投诉 A new complaint")
record IntakeRequest(
    @NotNull(message = "渠道必填 / channel is required") Channel channel,
    @NotNull(message = "投诉人必填 / complainant is required") @Valid Complainant complainant,
    @NotNull(message = "地点必填 / location is required") @Valid Location location,
    @NotNull(message = "类别必填 / category is required") Category category,
    @NotBlank(message = "投诉内容必填 / description is required")
        @Size(max = 2000, message = "投诉内容不能超过2000字 / description must be at most 2000 characters")
        String description,
    @Schema(
            description =
                "投诉人数；几人算集体投诉、定为何等级由决策表 complaint-severity 决定 / number of complainants; "
                    + "decision complaint-severity says how many make a collective complaint of which severity",
            defaultValue = "1")
        @Min(value = 1, message = "投诉人数至少为1 / collectiveSize must be at least 1")
        @Max(value = 100000, message = "投诉人数不能超过100000 / collectiveSize must be at most 100000")
        Integer collectiveSize,
    @Schema(description = "已诉讼 already in court") Boolean inLitigation,
    @Schema(description = "已被媒体曝光 reported by the media") Boolean mediaExposed,
    @Schema(description = "有诉讼或曝光风险 litigation or media risk") Boolean litigationOrMediaRisk,
    @Schema(description = "需其他部门协同 needs other departments") Boolean needsOtherDepartments,
    @Schema(description = "重复投诉的原投诉编号 earlier complaint this repeats", example = "TS-20261122-0001")
        @Pattern(
            regexp = ComplaintNumbers.PATTERN,
            message = "原投诉编号格式应为 TS-年月日-序号 / repeatOf must look like TS-20261122-0001")
        String repeatOf,
    @Schema(description = "客户类别 A VIP, B loyal, C ordinary, D difficult (R-CUST-1)")
        @Pattern(
            regexp = "[ABCD]",
            message = "客户类别应为 A/B/C/D / customerCategory must be A, B, C or D")
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
        @Size(max = 64, message = "被投诉员工账号不能超过64字 / namedStaff must be at most 64 characters")
        String namedStaff) {

  record Complainant(
      @NotBlank(message = "投诉人姓名必填 / complainant.name is required")
          @Size(max = 50, message = "投诉人姓名不能超过50字 / complainant.name must be at most 50 characters")
          String name,
      @NotBlank(message = "联系电话必填 / complainant.phone is required")
          @Pattern(
              regexp = Phones.PATTERN,
              message =
                  "联系电话格式不正确（手机11位或固话区号-号码） / phone must be an 11-digit mobile or an area code and number")
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
          @NotBlank(message = "小区必填 / location.community is required")
          @Size(
              max = 32,
              message = "小区代码不能超过32字 / location.community must be at most 32 characters")
          String community,
      @NotBlank(message = "楼栋必填 / location.building is required")
          @Size(max = 20, message = "楼栋不能超过20字 / location.building must be at most 20 characters")
          String building,
      @Size(max = 20, message = "单元不能超过20字 / location.unit must be at most 20 characters")
          String unit,
      @Size(max = 20, message = "房号不能超过20字 / location.room must be at most 20 characters")
          String room) {}
}
