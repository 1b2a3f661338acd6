package com.wuye.complaints.community;

import com.wuye.complaints.support.PlatformApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Communities (小区) as master data: staff and the intake client read them; the administrator
 * (camunda-admin) adds and changes them — a fresh install gets its first communities here.
 */
@PlatformApi
@RequestMapping(path = "/api/communities", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "communities", description = "小区主数据 Communities (master data)")
class CommunityApiController {

  static final String CODE = "[a-z][a-z0-9-]{1,31}";

  private final CommunityService communities;

  CommunityApiController(CommunityService communities) {
    this.communities = communities;
  }

  @Schema(description = "小区 A community")
  record CommunityView(
      @Schema(example = "huayuan") String code,
      @Schema(example = "华苑小区") String name,
      @Schema(description = "地址 address") String address,
      @Schema(description = "户数 number of households") Integer households,
      @Schema(description = "启用 takes new complaints") boolean active) {

    static CommunityView of(Community community) {
      return new CommunityView(
          community.getCode(),
          community.getName(),
          community.getAddress(),
          community.getHouseholds(),
          community.isActive());
    }
  }

  @Schema(description = "新小区 A new community")
  record NewCommunity(
      @Schema(
              description = "小区代码 code: lower-case letter, then letters, digits or '-'",
              example = "binjiang")
          @NotNull(message = "invalid.community.code-required")
          @Pattern(regexp = CODE, message = "invalid.community.code-2-32-lower-case-letters")
          String code,
      @Schema(description = "小区名称 name", example = "滨江花园")
          @NotBlank(message = "invalid.community.name-required")
          @Size(max = 100, message = "invalid.community.name-most-100-characters")
          String name,
      @Schema(description = "地址 address", example = "滨江路88号")
          @Size(max = 200, message = "invalid.community.address-most-200-characters")
          String address,
      @Schema(description = "户数 number of households", example = "480")
          @Min(value = 0, message = "invalid.community.households-not-negative")
          @Max(value = 1_000_000, message = "invalid.community.households-most-1000000")
          Integer households) {}

  @Schema(description = "修改小区：只改给出的字段 Changes to a community; fields left out stay as they are")
  record CommunityChange(
      @Schema(description = "小区名称 name")
          @Pattern(regexp = "(?s).*\\S.*", message = "invalid.community.name-not-blank")
          @Size(max = 100, message = "invalid.community.name-most-100-characters")
          String name,
      @Schema(description = "地址；空字符串清除 address; an empty string clears it")
          @Size(max = 200, message = "invalid.community.address-most-200-characters")
          String address,
      @Schema(description = "户数 number of households")
          @Min(value = 0, message = "invalid.community.households-not-negative")
          @Max(value = 1_000_000, message = "invalid.community.households-most-1000000")
          Integer households,
      @Schema(
              description =
                  "启用；停用后不再受理该小区的新投诉 active; an inactive community takes no new complaints")
          Boolean active) {}

  @GetMapping
  @Operation(summary = "小区列表 Communities, by code (active ones unless all=true)")
  List<CommunityView> listCommunities(
      @Parameter(description = "含已停用的小区 include inactive communities")
          @RequestParam(defaultValue = "false")
          boolean all) {
    return (all ? communities.all() : communities.active())
        .stream().map(CommunityView::of).toList();
  }

  @GetMapping("/{code}")
  @Operation(summary = "查看小区 One community (also an inactive one)")
  CommunityView getCommunity(@PathVariable String code) {
    return communities
        .find(code)
        .map(CommunityView::of)
        .orElseThrow(() -> CommunityService.unknown(code));
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @ApiResponse(responseCode = "409", description = "小区代码已存在 the code is taken")
  @Operation(summary = "新增小区 Add a community (camunda-admin only); a taken code is a 409")
  ResponseEntity<CommunityView> createCommunity(@Valid @RequestBody NewCommunity request) {
    Community created =
        communities.create(
            request.code(), request.name().strip(), request.address(), request.households());
    return ResponseEntity.created(URI.create("/api/communities/" + created.getCode()))
        .body(CommunityView.of(created));
  }

  @PatchMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "修改或停用小区 Change, deactivate or reactivate a community (camunda-admin only)")
  CommunityView changeCommunity(
      @PathVariable String code, @Valid @RequestBody CommunityChange change) {
    return CommunityView.of(
        communities.change(
            code,
            change.name() == null ? null : change.name().strip(),
            change.address(),
            change.households(),
            change.active()));
  }
}
