package com.wuye.complaints.datarights;

import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.support.ApiParameters;
import com.wuye.complaints.support.CompanySettings;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import com.wuye.complaints.support.NoStore;
import com.wuye.complaints.support.PlatformApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A person's data rights (R-CUST-5, PIPL): export and erasure for customer relations (人事行政部, who
 * answer such requests) and administrators; the access log for administrators. Everyone else 403
 * (SecurityConfiguration).
 */
@PlatformApi
@Tag(name = "customers", description = "客户档案 Customer register (R-CUST-1, R-CUST-2, R-CUST-5)")
class PersonalDataRightsController {

  private static final int MAX_ENTRIES = 500;

  private final PersonalDataRights rights;
  private final CurrentUser caller;
  private final CompanySettings settings;

  PersonalDataRightsController(
      PersonalDataRights rights, CurrentUser caller, CompanySettings settings) {
    this.rights = rights;
    this.caller = caller;
    this.settings = settings;
  }

  @GetMapping(path = "/api/customers/{id}/export", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "导出个人信息 Export everything held on the person (register, category history, VIP cards, complaints, repairs, "
              + "access log) as JSON; logged (customer-relations, camunda-admin)")
  ResponseEntity<Map<String, Object>> exportCustomer(
      @PathVariable @Pattern(regexp = ApiParameters.ID, message = ApiParameters.ID_MESSAGE)
          String id) {
    return NoStore.ok(rights.export(Long.parseLong(id), caller.id()));
  }

  @PostMapping(path = "/api/customers/{id}/erase", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "删除（匿名化）个人信息 Erase the person on request: name and phones replaced in the register, their complaints "
              + "and repairs; statistics kept; once only, a repeat answers the first (customer-relations, camunda-admin)")
  ResponseEntity<PersonalDataRights.ErasureDone> eraseCustomer(
      @PathVariable @Pattern(regexp = ApiParameters.ID, message = ApiParameters.ID_MESSAGE)
          String id) {
    return NoStore.ok(rights.erase(Long.parseLong(id), caller.id()));
  }

  @GetMapping(path = "/api/access-log", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "个人信息访问记录 The access log of full personal data (R-CUST-5): newest first, at most 500 (camunda-admin)")
  ResponseEntity<List<Map<String, Object>>> accessLog(
      @Parameter(
              description =
                  "客户档案编号：此人的档案及其投诉 a person of the register: their entry and their complaints")
          @RequestParam(required = false)
          @Pattern(regexp = ApiParameters.ID, message = ApiParameters.ID_MESSAGE)
          String subject,
      @Parameter(description = "查看人账号 who read")
          @RequestParam(required = false)
          @Size(max = 64, message = "invalid.datarights.actor-most-64-characters")
          String actor,
      @Parameter(description = "第一天 first day, YYYY-MM-DD (company time zone)")
          @RequestParam(required = false)
          @Pattern(regexp = ApiParameters.DAY, message = ApiParameters.DAY_MESSAGE)
          String from,
      @Parameter(description = "最后一天（含） last day, inclusive")
          @RequestParam(required = false)
          @Pattern(regexp = ApiParameters.DAY, message = ApiParameters.DAY_MESSAGE)
          String to) {
    Instant start =
        from == null
            ? Instant.EPOCH
            : ApiParameters.day("from", from).atStartOfDay(settings.timeZone()).toInstant();
    Instant end =
        to == null
            ? Instant.parse("9999-01-01T00:00:00Z")
            : ApiParameters.day("to", to).plusDays(1).atStartOfDay(settings.timeZone()).toInstant();
    if (end.isBefore(start)) {
      throw new InvalidInputException(FieldError.of("to", "invalid.not-before-from"));
    }
    return NoStore.ok(
        rights.accessLog(
            subject == null ? null : Long.parseLong(subject),
            actor == null || actor.isBlank() ? null : actor.strip(),
            start,
            end,
            MAX_ENTRIES));
  }
}
