package com.wuye.complaints.household;

import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.support.ApiParameters;
import com.wuye.complaints.support.NoStore;
import com.wuye.complaints.support.PlatformApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * R-CUST-3 VIP cards of a person of the register: customer relations (人事行政部, who hand them out),
 * customer-service supervisors and administrators issue, revoke and replace them; staff read them;
 * intake-api clients get 403 (SecurityConfiguration).
 */
@PlatformApi
@RequestMapping(path = "/api/customers/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "customers", description = "客户档案 Customer register (R-CUST-1, R-CUST-2, R-CUST-5)")
class VipCardController {

  private final VipCards cards;
  private final CurrentUser caller;

  VipCardController(VipCards cards, CurrentUser caller) {
    this.cards = cards;
    this.caller = caller;
  }

  @Schema(description = "发卡 Issue a VIP card (R-CUST-3)")
  record VipCardIssue(
      @Schema(
              description =
                  "级别：0 集团领导级，1 政府官员级，2 其他级 level: 0 group leadership, 1 government official, 2 other")
          @NotNull(message = "invalid.household.level-required-0-1-2")
          @Min(value = 0, message = "invalid.household.level-0-1-2")
          @Max(value = 2, message = "invalid.household.level-0-1-2")
          Integer level,
      @NotBlank(message = "invalid.household.reason-required")
          @Size(max = 200, message = "invalid.household.reason-most-200-characters")
          String reason) {}

  @Schema(
      description =
          "注销或补卡的理由 Why a card is revoked (e.g. malicious fee arrears) or replaced (lost)")
  record VipCardReason(
      @NotBlank(message = "invalid.household.reason-required-2")
          @Size(max = 200, message = "invalid.household.reason-most-200-characters")
          String reason) {}

  @Schema(description = "VIP卡审计记录 An entry of a card's audit trail")
  record VipCardEventView(String event, String reason, String by, Instant at) {}

  @Schema(description = "VIP卡 A VIP card")
  record VipCardView(
      @Schema(example = "JK2001") String cardNo,
      int level,
      @Schema(description = "VALID 有效, REVOKED 已注销, EXPIRED 已过期") String status,
      String reason,
      String issuedBy,
      Instant issuedAt,
      Instant validUntil,
      @Schema(description = "补卡次数 times replaced after a loss") int replacements,
      List<VipCardEventView> events) {

    static VipCardView of(VipCard card, List<VipCardEvent> events) {
      return new VipCardView(
          card.getCardNo(),
          card.getLevel(),
          card.getStatus().name(),
          card.getReason(),
          card.getIssuedBy(),
          card.getIssuedAt(),
          card.getValidUntil(),
          card.getReplacements(),
          events.stream()
              .map(
                  e ->
                      new VipCardEventView(
                          e.getEvent().name(), e.getReason(), e.getByUser(), e.getAt()))
              .toList());
    }
  }

  @PostMapping(path = "/vip-card", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @ApiResponse(
      responseCode = "409",
      description = "已持有有效卡，或该级卡号已满 a valid card is held already, or the level is full")
  @Operation(
      summary =
          "发VIP卡 Issue a VIP card: JK + level + the lowest free sequence 001–999, valid 3 years (R-CUST-3)")
  ResponseEntity<VipCardView> issueVipCard(
      @PathVariable @Pattern(regexp = ApiParameters.ID, message = ApiParameters.ID_MESSAGE)
          String id,
      @Valid @RequestBody VipCardIssue request) {
    VipCard card =
        cards.issue(Long.parseLong(id), request.level(), request.reason().strip(), caller.id());
    return NoStore.created("/api/customers/" + id + "/vip-cards", view(card));
  }

  @PostMapping(path = "/vip-card/revocation", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "注销VIP卡 Revoke the customer's valid VIP card with a reason (e.g. malicious fee arrears); its number is free again")
  VipCardView revokeVipCard(
      @PathVariable @Pattern(regexp = ApiParameters.ID, message = ApiParameters.ID_MESSAGE)
          String id,
      @Valid @RequestBody VipCardReason request) {
    return view(cards.revoke(Long.parseLong(id), request.reason().strip(), caller.id()));
  }

  @PostMapping(path = "/vip-card/replacement", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "补办VIP卡 Replace a lost VIP card under the same number and validity; the trail keeps it")
  VipCardView replaceVipCard(
      @PathVariable @Pattern(regexp = ApiParameters.ID, message = ApiParameters.ID_MESSAGE)
          String id,
      @Valid @RequestBody VipCardReason request) {
    return view(cards.replace(Long.parseLong(id), request.reason().strip(), caller.id()));
  }

  @GetMapping("/vip-cards")
  @Operation(summary = "VIP卡记录 Every VIP card the customer has had, with its audit trail")
  List<VipCardView> vipCards(
      @PathVariable @Pattern(regexp = ApiParameters.ID, message = ApiParameters.ID_MESSAGE)
          String id) {
    return cards.history(Long.parseLong(id)).stream()
        .map(c -> VipCardView.of(c.card(), c.events()))
        .toList();
  }

  private VipCardView view(VipCard card) {
    return cards.history(card.getCustomerId()).stream()
        .filter(c -> c.card().getId().equals(card.getId()))
        .map(c -> VipCardView.of(c.card(), c.events()))
        .findFirst()
        .orElseThrow();
  }
}
