package com.wuye.complaints.casebook;

import static com.wuye.complaints.support.PlainText.strippedOrNull;

import com.wuye.complaints.complaint.ComplaintNumbers;
import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.report.AnalysisReaders;
import com.wuye.complaints.support.PlatformApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * R-KPI-2 the case library 案例库: search and read cases (AnalysisReaders: supervisors and project
 * managers see the cases of complaints their groups handled or supervised), and mark a complaint
 * case-worthy (customer-service supervisors and above, SecurityConfiguration).
 */
@PlatformApi
@Tag(name = "cases", description = "案例库 R-KPI-2 the case library")
class CaseApiController {

  private final CaseLibrary library;
  private final CurrentUser caller;

  CaseApiController(CaseLibrary library, CurrentUser caller) {
    this.library = library;
    this.caller = caller;
  }

  @GetMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      operationId = "searchCases",
      summary =
          "查找案例 Search the written cases by category, community and words, newest first (at most 200)")
  List<ComplaintCase> search(
      @Parameter(description = "category code, e.g. CLEANING")
          @RequestParam(required = false)
          @Pattern(
              regexp = "[A-Z_]{1,20}",
              message = "invalid.casebook.category-code-such-as-cleaning")
          String category,
      @Parameter(description = "community code")
          @RequestParam(required = false)
          @Pattern(regexp = "[a-z][a-z0-9-]{1,31}", message = "invalid.casebook.community-code")
          String community,
      @Parameter(description = "words in the title, cause, handling or lessons")
          @RequestParam(required = false)
          @Size(max = 100, message = "invalid.casebook.most-100-characters")
          String q) {
    return library.search(
        strippedOrNull(category),
        strippedOrNull(community),
        strippedOrNull(q),
        AnalysisReaders.scope(caller.groups()));
  }

  @GetMapping(path = "/api/cases/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(operationId = "getCase", summary = "案例 One written case")
  ComplaintCase get(@PathVariable long id) {
    return library.get(id, AnalysisReaders.scope(caller.groups()));
  }

  @ApiResponse(responseCode = "409", description = "已列入案例库 already in the case library")
  @PostMapping(
      path = "/api/complaints/{complaintNo}/case-worthy",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      operationId = "markCaseWorthy",
      summary =
          "列入案例库 Mark a complaint case-worthy: customer relations write it up "
              + "when it closes (at once if closed). Customer-service supervisors and above")
  @ResponseStatus(HttpStatus.OK)
  CaseLibrary.Marked mark(
      @PathVariable @Pattern(regexp = ComplaintNumbers.PATTERN, message = ComplaintNumbers.MESSAGE)
          String complaintNo) {
    return library.mark(complaintNo, caller.id());
  }
}
