package com.wuye.complaints.repair;

import com.wuye.complaints.support.IdempotentRequests;
import com.wuye.complaints.support.PlatformApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** R-REP-1: repair requests 报修 from the service centre and the other channels' systems. */
@PlatformApi
@RequestMapping(path = "/api/repairs", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "repairs", description = "报修派工 Repair requests and dispatch slips")
class RepairApiController {

  private final RepairIntake intake;

  RepairApiController(RepairIntake intake) {
    this.intake = intake;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @ApiResponse(responseCode = "409", description = IdempotentRequests.KEY_REUSED)
  @Operation(
      summary = "报修 Record a repair request",
      description =
          "Starts process repair-order: answers the dispatch slip number PG-YYYYMMDD-NNNN, the deadlines "
              + "decision repair-sla gives (ISO-8601 durations) and the group the slip is issued to. With Idempotency-Key, "
              + "a retry returns the first answer and creates nothing; the same key with another body is a 409.")
  ResponseEntity<RepairViews.RepairCreated> recordRepair(
      @Parameter(description = "客户端生成的唯一键 a unique key per request, reused on retries")
          @RequestHeader(name = IdempotentRequests.HEADER, required = false)
          @Size(min = 1, max = 100, message = "invalid.idempotency-key-1-100-characters")
          @Pattern(
              regexp = IdempotentRequests.KEY_PATTERN,
              message = "invalid.idempotency-key-printable-ascii")
          String idempotencyKey,
      @Valid @RequestBody RepairRequest request) {
    IdempotentRequests.Outcome<RepairViews.RepairCreated> outcome =
        intake.receive(request, idempotencyKey);
    return outcome.created("/api/repairs/" + outcome.response().orderNo());
  }

  @GetMapping("/{orderNo}")
  @Operation(summary = "查看派工单 One repair order: its facts, open step, the requester masked")
  RepairViews.RepairDetail getRepair(
      @PathVariable @Pattern(regexp = RepairOrders.PATTERN, message = "invalid.repair-order-number")
          String orderNo) {
    return intake.detail(orderNo);
  }
}
