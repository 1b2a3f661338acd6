package com.wuye.complaints.repair;

import com.wuye.complaints.complaint.Channel;
import com.wuye.complaints.complaint.Phones;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** R-REP-1 a repair request 报修 as the service centre or another channel's system records it. */
record RepairRequest(
    @NotNull(message = "渠道必填 / channel is required") Channel channel,
    @NotNull(message = "报修人必填 / requester is required") @Valid Requester requester,
    @NotNull(message = "地点必填 / location is required") @Valid RepairLocation location,
    @Schema(description = "HOUSEHOLD 入户维修 or PUBLIC_FACILITY 公共设施维修")
        @NotNull(message = "报修类别必填 / kind is required")
        RepairKind kind,
    @Schema(
            description = "ORDINARY 一般, SAFETY 安全设施, LEAK 漏水 (return-visit deadline, R-VISIT-4)",
            defaultValue = "ORDINARY")
        FacilityType facility,
    @Schema(
            description =
                "公共维修规模 SMALL/MEDIUM/LARGE: required for PUBLIC_FACILITY, not allowed for HOUSEHOLD (R-REP-3)")
        PublicSize size,
    @NotBlank(message = "报修内容必填 / description is required")
        @Size(max = 2000, message = "报修内容不能超过2000字 / description must be at most 2000 characters")
        String description,
    @Schema(
            description =
                "紧急 emergency (R-REP-2); VIP status comes from the customer register (R-CUST-4)",
            defaultValue = "false")
        Boolean emergency) {

  enum RepairKind {
    HOUSEHOLD,
    PUBLIC_FACILITY
  }

  enum FacilityType {
    ORDINARY,
    SAFETY,
    LEAK
  }

  enum PublicSize {
    SMALL,
    MEDIUM,
    LARGE
  }

  record Requester(
      @NotBlank(message = "报修人姓名必填 / requester.name is required")
          @Size(max = 50, message = "报修人姓名不能超过50字 / requester.name must be at most 50 characters")
          String name,
      @NotBlank(message = "联系电话必填 / requester.phone is required")
          @Pattern(
              regexp = Phones.PATTERN,
              message =
                  "联系电话格式不正确（手机11位或固话区号-号码） / phone must be an 11-digit mobile or an area code and number")
          @Schema(example = "138 1234 5678")
          String phone) {

    Requester {
      phone = Phones.normalize(phone);
    }
  }

  record RepairLocation(
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
