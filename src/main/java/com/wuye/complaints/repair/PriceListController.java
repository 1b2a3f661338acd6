package com.wuye.complaints.repair;

import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.support.PlatformApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** R-REP-4 the repair price list: staff read it, administrators keep it. */
@PlatformApi
@RequestMapping(path = "/api/repairs/price-list", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "repairs", description = "报修派工 Repair requests and dispatch slips")
class PriceListController {

  static final String CODE = "[A-Z]{2}-\\d{2,3}";

  /** One item as an administrator writes it: labour and material fee per unit in RMB. */
  record ItemRequest(
      @NotBlank(message = "invalid.repair.name-required")
          @Size(max = 100, message = "invalid.repair.name-most-100-characters")
          String name,
      @NotBlank(message = "invalid.repair.unit-required")
          @Size(max = 20, message = "invalid.repair.unit-most-20-characters")
          String unit,
      @NotNull(message = "invalid.repair.labourfee-required")
          @DecimalMin(value = "0", message = "invalid.repair.labourfee-not-negative")
          @DecimalMax(value = "99999", message = "invalid.repair.labourfee-too-large")
          @Digits(integer = 5, fraction = 2, message = "invalid.repair.most-two-decimals")
          BigDecimal labourFee,
      @NotNull(message = "invalid.repair.materialfee-required")
          @DecimalMin(value = "0", message = "invalid.repair.materialfee-not-negative")
          @DecimalMax(value = "99999", message = "invalid.repair.materialfee-too-large")
          @Digits(integer = 5, fraction = 2, message = "invalid.repair.most-two-decimals")
          BigDecimal materialFee,
      Boolean active) {}

  record NewItemRequest(
      @NotBlank(message = "invalid.repair.code-required")
          @Pattern(regexp = CODE, message = "invalid.repair.code-looks-like-sd-01")
          String code,
      @NotNull(message = "invalid.repair.item-required") @Valid ItemRequest item) {}

  private final PriceList prices;
  private final CurrentUser caller;

  PriceListController(PriceList prices, CurrentUser caller) {
    this.prices = prices;
    this.caller = caller;
  }

  @GetMapping
  @Operation(
      summary =
          "维修收费价目表 The repair price list (R-REP-4): listed items are charged labour + material as listed")
  List<PriceList.Item> list() {
    return prices.all();
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @ApiResponse(responseCode = "409", description = "项目代码已存在 the code is already on the list")
  @Operation(summary = "新增价目 Add a price-list item (administrators)")
  ResponseEntity<PriceList.Item> add(@Valid @RequestBody NewItemRequest request) {
    PriceList.Item item = prices.add(item(request.code(), request.item()), caller.id());
    return ResponseEntity.created(URI.create("/api/repairs/price-list/" + item.code())).body(item);
  }

  @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ApiResponse(responseCode = "404", description = "没有此项目 no such item")
  @Operation(
      summary = "修改价目 Change a price-list item, or withdraw it with active=false (administrators)")
  @ResponseStatus(HttpStatus.OK)
  PriceList.Item change(
      @PathVariable @Pattern(regexp = CODE, message = "invalid.repair.code-looks-like-sd-01")
          String code,
      @Valid @RequestBody ItemRequest request) {
    return prices.change(item(code, request), caller.id());
  }

  private static PriceList.Item item(String code, ItemRequest request) {
    return new PriceList.Item(
        code,
        request.name().strip(),
        request.unit().strip(),
        request.labourFee(),
        request.materialFee(),
        request.active() == null || request.active());
  }
}
