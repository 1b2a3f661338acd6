package com.wuye.complaints.report;

import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.support.PlatformApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * R-KPI-2, R-LOOP 改进 the preventive actions of the monthly analyses: read by AnalysisReaders
 * (supervisors and project managers: the actions their groups own), marked done by the owner group
 * or customer relations.
 */
@PlatformApi
@Tag(name = "monthly-analysis")
class PreventiveActionController {

  private final PreventiveActions actions;
  private final CurrentUser caller;

  PreventiveActionController(PreventiveActions actions, CurrentUser caller) {
    this.actions = actions;
    this.caller = caller;
  }

  @GetMapping(path = "/api/preventive-actions", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      operationId = "listPreventiveActions",
      summary = "预防措施 Preventive actions, oldest due first; overdue = open after the due date")
  List<PreventiveAction> list(
      @Parameter(description = "true: open ones only") @RequestParam(defaultValue = "false")
          boolean open) {
    return actions.list(open, AnalysisReaders.scope(caller.groups()));
  }

  @ApiResponse(responseCode = "409", description = "已完成 already done")
  @PostMapping(
      path = "/api/preventive-actions/{id}/done",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      operationId = "completePreventiveAction",
      summary = "标记预防措施已完成 Mark a preventive action done: its owner group or customer relations")
  @ResponseStatus(HttpStatus.OK)
  PreventiveAction done(@PathVariable long id) {
    return actions.done(id, caller.id(), caller.groups());
  }
}
