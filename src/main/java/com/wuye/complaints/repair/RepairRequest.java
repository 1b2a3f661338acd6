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
    @NotNull(message = "invalid.channel-required") Channel channel,
    @NotNull(message = "invalid.repair.requester-required") @Valid Requester requester,
    @NotNull(message = "invalid.location-required") @Valid RepairLocation location,
    @Schema(description = "HOUSEHOLD 入户维修 or PUBLIC_FACILITY 公共设施维修")
        @NotNull(message = "invalid.repair.kind-required")
        RepairKind kind,
    @Schema(
            description = "ORDINARY 一般, SAFETY 安全设施, LEAK 漏水 (return-visit deadline, R-VISIT-4)",
            defaultValue = "ORDINARY")
        FacilityType facility,
    @Schema(
            description =
                "公共维修规模 SMALL/MEDIUM/LARGE: required for PUBLIC_FACILITY, not allowed for HOUSEHOLD (R-REP-3)")
        PublicSize size,
    @NotBlank(message = "invalid.repair.description-required")
        @Size(max = 2000, message = "invalid.repair.description-most-2000-characters")
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
      @NotBlank(message = "invalid.repair.requester-name-required")
          @Size(max = 50, message = "invalid.repair.requester-name-most-50-characters")
          String name,
      @NotBlank(message = "invalid.repair.requester-phone-required")
          @Pattern(regexp = Phones.PATTERN, message = "invalid.phone-11-digit-mobile-area-code")
          @Schema(example = "138 1234 5678")
          String phone) {

    Requester {
      phone = Phones.normalize(phone);
    }
  }

  record RepairLocation(
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
