package com.wuye.complaints.household;

import static com.wuye.complaints.support.PlainText.strippedOrNull;

import com.wuye.complaints.complaint.Phones;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * R-CUST-1, R-CUST-4: while a complaint is being taken, the intake desk asks whether the register
 * knows the caller (Tasklist's intake form shows "已识别 … / 未登记来电"). The answer holds the category,
 * the household, a valid VIP card and the family name only — nothing beyond what the officer typed
 * but those. For the staff who take complaints (SecurityConfiguration); not the machine clients,
 * whose complaints are matched when registered.
 */
@RestController
@Validated
@SecurityRequirement(name = "basic")
@Tag(name = "customers", description = "客户档案 Customer register (R-CUST-1, R-CUST-2, R-CUST-5)")
class CallerRecognitionController {

  private final CallerLookup callers;

  CallerRecognitionController(CallerLookup callers) {
    this.callers = callers;
  }

  @GetMapping(path = "/api/customers/recognise", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "识别来电客户 Is the caller in the register? Category, household, VIP card and masked name, as the intake will "
              + "link them (R-CUST-1, R-CUST-4); intake desk staff only")
  ResponseEntity<CallerLookup.Recognition> recogniseCaller(
      @Parameter(description = "来电号码（任意写法） the caller's phone, as typed")
          @RequestParam(required = false)
          @Size(max = 30, message = "invalid.household.phone-most-30-characters")
          String phone,
      @RequestParam(required = false)
          @Size(max = 32, message = "invalid.household.community-most-32-characters")
          String community,
      @RequestParam(required = false)
          @Size(max = 20, message = "invalid.household.building-most-20-characters")
          String building,
      @RequestParam(required = false)
          @Size(max = 20, message = "invalid.household.unit-most-20-characters")
          String unit,
      @RequestParam(required = false)
          @Size(max = 20, message = "invalid.household.room-most-20-characters")
          String room) {
    if (phone == null || !Phones.isValid(Phones.normalize(phone))) {
      throw new InvalidInputException(
          FieldError.of("phone", "invalid.household.phone-11-digit-mobile-landline-area"));
    }
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(
            callers.preview(
                phone,
                strippedOrNull(community),
                strippedOrNull(building),
                strippedOrNull(unit),
                strippedOrNull(room)));
  }
}
