package com.wuye.complaints.household;

import static com.wuye.complaints.support.PlainText.strippedOrNull;

import com.wuye.complaints.complaint.Phones;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import com.wuye.complaints.support.NoStore;
import com.wuye.complaints.support.PlatformApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * R-CUST-1, R-CUST-4: while a complaint is being taken, the intake desk asks whether the register
 * knows the caller (Tasklist's intake form shows "已识别 … / 未登记来电"). The answer holds the category,
 * the household, a valid VIP card and the family name only — nothing beyond what the officer typed
 * but those. For the staff who take complaints (SecurityConfiguration); not the machine clients,
 * whose complaints are matched when registered.
 */
@PlatformApi
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
      @ParameterObject @Valid UnitQuery where) {
    if (phone == null || !Phones.isValid(Phones.normalize(phone))) {
      throw new InvalidInputException(
          FieldError.of("phone", "invalid.household.phone-11-digit-mobile-landline-area"));
    }
    return NoStore.ok(
        callers.preview(
            phone,
            strippedOrNull(where.community()),
            strippedOrNull(where.building()),
            strippedOrNull(where.unit()),
            strippedOrNull(where.room())));
  }
}
