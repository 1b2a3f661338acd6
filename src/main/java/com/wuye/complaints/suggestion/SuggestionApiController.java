package com.wuye.complaints.suggestion;

import com.wuye.complaints.support.PlatformApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The suggestions list (咨询/建议) for the managers' dashboard: general manager, GM's assistants,
 * general-affairs managers, customer-service supervisors and administrators
 * (SecurityConfiguration); everyone else gets 403. No complainant's name or phone is in it.
 */
@PlatformApi
@RequestMapping(path = "/api/suggestions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
    name = "suggestions",
    description = "咨询/建议清单 Consultations and suggestions closed at verification")
class SuggestionApiController {

  private final SuggestionService suggestions;

  SuggestionApiController(SuggestionService suggestions) {
    this.suggestions = suggestions;
  }

  @Schema(description = "咨询/建议 A consultation or suggestion")
  record SuggestionView(
      @Schema(example = "TS-20261102-0001") String complaintNo,
      @Schema(example = "huayuan") String community,
      @Schema(example = "CLEANING") String category,
      @Schema(description = "内容 what was asked or suggested") String summary,
      @Schema(description = "确认人 confirmed by") String recordedBy,
      Instant recordedAt) {}

  @Schema(description = "一页 A page, newest first")
  record SuggestionPage(
      List<SuggestionView> items, int page, int size, long totalItems, int totalPages) {}

  @GetMapping
  @Operation(
      operationId = "listSuggestions",
      summary = "咨询/建议清单，最新在前 The suggestions list, newest first")
  SuggestionPage list(
      @RequestParam(defaultValue = "0") @Min(value = 0, message = "invalid.page-not-negative")
          int page,
      @RequestParam(defaultValue = "20")
          @Min(value = 1, message = "invalid.size-at-least-1")
          @Max(value = 100, message = "invalid.size-most-100")
          int size) {
    Page<Suggestion> found = suggestions.newestFirst(page, size);
    return new SuggestionPage(
        found.getContent().stream()
            .map(
                s ->
                    new SuggestionView(
                        s.getComplaintNo(),
                        s.getCommunityCode(),
                        s.getCategory(),
                        s.getSummary(),
                        s.getRecordedBy(),
                        s.getRecordedAt()))
            .toList(),
        page,
        size,
        found.getTotalElements(),
        found.getTotalPages());
  }
}
