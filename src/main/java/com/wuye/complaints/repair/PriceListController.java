package com.wuye.complaints.repair;

import com.wuye.complaints.identity.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
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
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** R-REP-4 the repair price list: staff read it, administrators keep it. */
@RestController
@RequestMapping(path = "/api/repairs/price-list", produces = MediaType.APPLICATION_JSON_VALUE)
@Validated
@Tag(name = "repairs", description = "报修派工 Repair requests and dispatch slips")
@SecurityRequirement(name = "basic")
class PriceListController {

  static final String CODE = "[A-Z]{2}-\\d{2,3}";

  /** One item as an administrator writes it: labour and material fee per unit in RMB. */
  record ItemRequest(
      @NotBlank(message = "项目名称必填 / name is required")
          @Size(max = 100, message = "项目名称不能超过100字 / name must be at most 100 characters")
          String name,
      @NotBlank(message = "计价单位必填 / unit is required")
          @Size(max = 20, message = "计价单位不能超过20字 / unit must be at most 20 characters")
          String unit,
      @NotNull(message = "人工费必填 / labourFee is required")
          @DecimalMin(value = "0", message = "人工费不能为负 / labourFee must not be negative")
          @DecimalMax(value = "99999", message = "人工费过大 / labourFee is too large")
          @Digits(integer = 5, fraction = 2, message = "金额最多两位小数 / at most two decimals")
          BigDecimal labourFee,
      @NotNull(message = "材料费必填 / materialFee is required")
          @DecimalMin(value = "0", message = "材料费不能为负 / materialFee must not be negative")
          @DecimalMax(value = "99999", message = "材料费过大 / materialFee is too large")
          @Digits(integer = 5, fraction = 2, message = "金额最多两位小数 / at most two decimals")
          BigDecimal materialFee,
      Boolean active) {}

  record NewItemRequest(
      @NotBlank(message = "项目代码必填 / code is required")
          @Pattern(regexp = CODE, message = "项目代码格式如 SD-01 / code looks like SD-01")
          String code,
      @NotNull(message = "项目必填 / item is required") @Valid ItemRequest item) {}

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
  @ResponseStatus(HttpStatus.OK)
  @ApiResponse(responseCode = "404", description = "没有此项目 no such item")
  @Operation(
      summary = "修改价目 Change a price-list item, or withdraw it with active=false (administrators)")
  PriceList.Item change(
      @PathVariable @Pattern(regexp = CODE, message = "项目代码格式如 SD-01 / code looks like SD-01")
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
