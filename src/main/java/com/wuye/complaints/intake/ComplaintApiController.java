package com.wuye.complaints.intake;

import com.wuye.complaints.complaint.ComplaintNumbers;
import com.wuye.complaints.complaint.ComplaintSearch;
import com.wuye.complaints.complaint.ComplaintStatus;
import com.wuye.complaints.complaint.Severity;
import com.wuye.complaints.support.IdempotentRequests;
import com.wuye.complaints.support.PlatformApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** R-IN-1: complaints from the owners' app, WeChat and call-center systems. */
@PlatformApi
@RequestMapping(path = "/api/complaints", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "complaints", description = "投诉受理与查询 Complaint intake and lookup")
class ComplaintApiController {

  private final ComplaintIntake intake;
  private final ComplaintQueries queries;
  private final FactsIntake facts;

  ComplaintApiController(ComplaintIntake intake, ComplaintQueries queries, FactsIntake facts) {
    this.intake = intake;
    this.queries = queries;
    this.facts = facts;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @ApiResponse(responseCode = "409", description = IdempotentRequests.KEY_REUSED)
  @Operation(
      summary = "受理投诉 Register a complaint",
      description =
          "Starts the complaint-handling process. With Idempotency-Key, a retry returns the first answer "
              + "and creates nothing; the same key with another body is a 409.")
  ResponseEntity<IntakeResponse> receive(
      @Parameter(description = "客户端生成的唯一键 a unique key per complaint, reused on retries")
          @RequestHeader(name = IdempotentRequests.HEADER, required = false)
          @Size(min = 1, max = 100, message = "invalid.idempotency-key-1-100-characters")
          @Pattern(
              regexp = IdempotentRequests.KEY_PATTERN,
              message = "invalid.idempotency-key-printable-ascii")
          String idempotencyKey,
      @Valid @RequestBody IntakeRequest request) {
    IdempotentRequests.Outcome<IntakeResponse> outcome = intake.receive(request, idempotencyKey);
    return outcome.created("/api/complaints/" + outcome.response().complaintNo());
  }

  @GetMapping("/{complaintNo}")
  @Operation(summary = "查看投诉 One complaint: status, severity history, open work, timeline")
  ComplaintViews.Detail get(
      @PathVariable @Pattern(regexp = ComplaintNumbers.PATTERN, message = ComplaintNumbers.MESSAGE)
          String complaintNo) {
    return queries.detail(complaintNo);
  }

  @GetMapping
  @Operation(summary = "投诉列表 Complaints within your reach, newest first (contact details masked)")
  ComplaintViews.Page<ComplaintViews.Summary> list(
      @RequestParam(required = false) ComplaintStatus status,
      @RequestParam(required = false) Severity severity,
      @RequestParam(required = false) @Size(max = 32) String community,
      @RequestParam(required = false) @Size(max = 20) String building,
      @Parameter(description = "受理时间起 received at or after (ISO-8601 instant)")
          @RequestParam(required = false)
          Instant receivedFrom,
      @Parameter(description = "受理时间止 received before (ISO-8601 instant)")
          @RequestParam(required = false)
          Instant receivedBefore,
      @RequestParam(defaultValue = "0") @Min(value = 0, message = "invalid.page-not-negative")
          int page,
      @RequestParam(defaultValue = "20")
          @Min(value = 1, message = "invalid.size-at-least-1")
          @Max(value = 100, message = "invalid.size-most-100")
          int size) {
    return queries.list(
        new ComplaintSearch(
            status, severity, community, building, receivedFrom, receivedBefore, null),
        page,
        size);
  }

  @PostMapping(path = "/{complaintNo}/facts", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ApiResponse(
      responseCode = "409",
      description = "投诉已不在处理中 the complaint is no longer being resolved")
  @Operation(summary = "报告新情况 Report new facts (R-SEV-UP: severity is reassessed, never lowered)")
  @ResponseStatus(HttpStatus.OK)
  IntakeResponse reportFacts(
      @PathVariable @Pattern(regexp = ComplaintNumbers.PATTERN, message = ComplaintNumbers.MESSAGE)
          String complaintNo,
      @Valid @RequestBody FactsRequest request) {
    return facts.report(complaintNo, request);
  }
}
