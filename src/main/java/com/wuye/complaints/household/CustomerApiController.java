package com.wuye.complaints.household;

import static com.wuye.complaints.support.PlainText.strippedOrNull;

import com.wuye.complaints.customer.AccessLog;
import com.wuye.complaints.customer.PersonalData;
import com.wuye.complaints.identity.CommunityScope;
import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.identity.Groups;
import com.wuye.complaints.support.ApiParameters;
import com.wuye.complaints.support.ApiProblemException;
import com.wuye.complaints.support.NoStore;
import com.wuye.complaints.support.PlatformApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springdoc.core.annotations.ParameterObject;
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
 * The customer register (客户档案, issue 16). Customer-service supervisors, customer relations and
 * administrators keep it and read it in full; other staff read it masked (R-CUST-5: family name and
 * phone ends, no category reason or history); intake-api clients and everyone else get 403
 * (SecurityConfiguration).
 */
@PlatformApi
@RequestMapping(path = "/api/customers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "customers", description = "客户档案 Customer register (R-CUST-1, R-CUST-2, R-CUST-5)")
class CustomerApiController {

  /** R-CUST-5: who keeps the register and so sees it in full. */
  static final Set<String> KEEPERS =
      Set.of(Groups.CUSTOMER_SUPERVISOR, Groups.CUSTOMER_RELATIONS, Groups.ADMIN);

  private static final String NOT_BLANK = "(?s).*\\S.*";

  /** R-CUST-5: why a keeper saw a register entry in full, as the access log says it. */
  static final String REGISTER_READ = "REGISTER";

  private final CustomerRegister register;
  private final CurrentUser caller;
  private final AccessLog accessLog;
  private final CommunityScope communities;

  CustomerApiController(
      CustomerRegister register,
      CurrentUser caller,
      AccessLog accessLog,
      CommunityScope communities) {
    this.register = register;
    this.caller = caller;
    this.accessLog = accessLog;
    this.communities = communities;
  }

  @Schema(description = "客户类别的一次设定 One setting of the category (R-CUST-1)")
  record CustomerCategorySetting(
      CustomerCategory category, String reason, String setBy, Instant setAt) {}

  @Schema(
      description =
          "客户（住户成员） A person of the register; masked for staff who do not keep it (R-CUST-5)")
  record CustomerView(
      long id,
      @Schema(description = "姓名（非档案管理人员看到的是掩码） name, masked for staff who do not keep the register")
          String name,
      @Schema(description = "电话（同上掩码） phone, masked likewise") String phone,
      String otherPhone,
      String community,
      String building,
      String unit,
      String room,
      @Schema(description = "与户主关系 relation to the head of household") String relation,
      LocalDate moveInDate,
      @Schema(description = "住户类型（R-CUST-2） household type") String householdType,
      @Schema(
              description =
                  "客户类别 A–D（R-CUST-1）；D 只提示员工，不影响服务 category; D informs staff, changes no service")
          CustomerCategory category,
      @Schema(description = "类别理由（仅档案管理人员） reason, to keepers only") String categoryReason,
      String categorySetBy,
      Instant categorySetAt,
      @Schema(description = "类别历史（仅档案管理人员） category history, to keepers only")
          List<CustomerCategorySetting> categoryHistory,
      @Schema(description = "是否掩码 whether name and phones are masked") boolean masked) {}

  @Schema(description = "新客户 A new person of the register")
  record NewCustomer(
      @Schema(example = "张伟")
          @NotBlank(message = "invalid.household.name-required")
          @Size(max = 50, message = "invalid.household.name-most-50-characters")
          String name,
      @Schema(example = "13812345678")
          @NotBlank(message = "invalid.household.phone-required")
          @Size(max = 20, message = "invalid.household.phone-most-20-characters")
          String phone,
      @Schema(description = "其他电话 another phone")
          @Size(max = 20, message = "invalid.household.otherphone-most-20-characters")
          String otherPhone,
      @Schema(example = "huayuan")
          @NotBlank(message = "invalid.household.community-required")
          @Size(max = 32, message = "invalid.household.community-most-32-characters")
          String community,
      @Schema(example = "3")
          @NotBlank(message = "invalid.household.building-required")
          @Size(max = 20, message = "invalid.household.building-most-20-characters")
          String building,
      @Schema(example = "2")
          @NotBlank(message = "invalid.household.unit-required")
          @Size(max = 20, message = "invalid.household.unit-most-20-characters")
          String unit,
      @Schema(example = "501")
          @NotBlank(message = "invalid.household.room-required")
          @Size(max = 20, message = "invalid.household.room-most-20-characters")
          String room,
      @Schema(example = "户主")
          @Size(max = 20, message = "invalid.household.relation-most-20-characters")
          String relation,
      LocalDate moveInDate,
      @NotNull(message = "invalid.household.category-required-b-c-d") CustomerCategory category,
      @Size(max = 200, message = "invalid.household.categoryreason-most-200-characters")
          String categoryReason,
      @Schema(example = "COUPLE_WITH_CHILDREN")
          @Size(max = 32, message = "invalid.household.householdtype-most-32-characters")
          String householdType) {}

  @Schema(
      description =
          "修改客户：只改给出的字段；改类别须给理由 Changes; fields left out stay; a new category needs a reason")
  record CustomerChange(
      @Pattern(regexp = NOT_BLANK, message = "invalid.household.name-not-blank")
          @Size(max = 50, message = "invalid.household.name-most-50-characters")
          String name,
      @Size(max = 20, message = "invalid.household.phone-most-20-characters") String phone,
      @Schema(description = "其他电话；空字符串清除 another phone; empty clears it")
          @Size(max = 20, message = "invalid.household.otherphone-most-20-characters")
          String otherPhone,
      @Size(max = 20, message = "invalid.household.relation-most-20-characters") String relation,
      LocalDate moveInDate,
      CustomerCategory category,
      @Size(max = 200, message = "invalid.household.categoryreason-most-200-characters")
          String categoryReason,
      @Size(max = 32, message = "invalid.household.householdtype-most-32-characters")
          String householdType) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "登记客户 Add a person to the register (customer-supervisor, customer-relations); R-CUST-1 category with reason")
  ResponseEntity<CustomerView> createCustomer(@Valid @RequestBody NewCustomer request) {
    if (register.knowsCommunity(request.community())
        && !communities.ofCaller().includes(request.community())) {
      // issue 16: a community's supervisor keeps only their communities' register (an unknown one
      // is the register's 400)
      throw ApiProblemException.forbidden("household.not-your-community");
    }
    long id =
        register.create(
            new CustomerRegister.NewCustomer(
                request.name().strip(),
                request.phone(),
                request.otherPhone(),
                request.community(),
                request.building().strip(),
                request.unit().strip(),
                request.room().strip(),
                strippedOrNull(request.relation()),
                request.moveInDate(),
                request.category(),
                strippedOrNull(request.categoryReason()),
                strippedOrNull(request.householdType())),
            caller.id());
    return NoStore.created("/api/customers/" + id, view(id));
  }

  @GetMapping("/{id}")
  @Operation(
      summary = "查看客户 One person of the register (masked unless one keeps the register, R-CUST-5)")
  ResponseEntity<CustomerView> getCustomer(
      @PathVariable @Pattern(regexp = ApiParameters.ID, message = ApiParameters.ID_MESSAGE)
          String id) {
    return NoStore.ok(view(Long.parseLong(id)));
  }

  @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "修改客户 Change a person of the register; a new category needs a reason (R-CUST-1)")
  ResponseEntity<CustomerView> changeCustomer(
      @PathVariable @Pattern(regexp = ApiParameters.ID, message = ApiParameters.ID_MESSAGE)
          String id,
      @Valid @RequestBody CustomerChange change) {
    long customer = Long.parseLong(id);
    register.change(
        customer,
        new CustomerRegister.Change(
            change.name() == null ? null : change.name().strip(),
            change.phone(),
            change.otherPhone(),
            change.relation(),
            change.moveInDate(),
            change.category(),
            strippedOrNull(change.categoryReason()),
            change.householdType()),
        caller.id());
    return NoStore.ok(view(customer));
  }

  @GetMapping
  @Operation(
      summary =
          "查找客户：按电话，或按小区+楼栋（+单元+房号） Search by phone, or by community and building (and unit, room)")
  ResponseEntity<List<CustomerView>> searchCustomers(
      @Parameter(description = "电话（任意写法） phone, as typed")
          @RequestParam(required = false)
          @Size(max = 20, message = "invalid.household.phone-most-20-characters")
          String phone,
      @ParameterObject @Valid UnitQuery where) {
    List<Located> found;
    if (phone != null && !phone.isBlank()) {
      found = register.byPhone(phone);
    } else if (where.community() != null
        && where.building() != null
        && !where.community().isBlank()
        && !where.building().isBlank()) {
      found =
          register.byUnit(
              where.community(),
              where.building().strip(),
              strippedOrNull(where.unit()),
              strippedOrNull(where.room()));
    } else {
      throw ApiProblemException.of(400, "household.phone-or-building");
    }
    boolean full = keeper();
    CommunityScope.Communities within = communities.ofCaller(); // issue 16
    found = found.stream().filter(located -> within.includes(located.community())).toList();
    if (full) {
      found.forEach(
          located ->
              accessLog.recordRegisterAccess(
                  located.customer().getId(), caller.id(), REGISTER_READ));
    }
    return NoStore.ok(
        found.stream()
            .map(
                located ->
                    view(located, full ? register.history(located.customer().getId()) : null))
            .toList());
  }

  /** One person; a keeper's full view is logged (R-CUST-5). */
  private CustomerView view(long id) {
    Located located = register.get(id);
    if (!keeper()) {
      return view(located, null);
    }
    accessLog.recordRegisterAccess(id, caller.id(), REGISTER_READ);
    return view(located, register.history(id));
  }

  /**
   * R-CUST-5: full for those who keep the register (history given), masked otherwise (history
   * null).
   */
  private static CustomerView view(Located located, List<CategoryChange> history) {
    Customer c = located.customer();
    boolean masked = history == null;
    return new CustomerView(
        c.getId(),
        masked ? PersonalData.maskName(c.getName()) : c.getName(),
        masked ? PersonalData.maskPhone(c.getPhone()) : c.getPhone(),
        masked ? PersonalData.maskPhone(c.getOtherPhone()) : c.getOtherPhone(),
        located.community(),
        located.building(),
        located.unit(),
        located.room(),
        c.getRelation(),
        c.getMoveInDate(),
        located.householdType(),
        c.getCategory(),
        masked ? null : c.getCategoryReason(),
        c.getCategorySetBy(),
        c.getCategorySetAt(),
        masked
            ? List.of()
            : history.stream()
                .map(
                    change ->
                        new CustomerCategorySetting(
                            change.getCategory(),
                            change.getSetting().note(),
                            change.getSetting().by(),
                            change.getSetting().at()))
                .toList(),
        masked);
  }

  private boolean keeper() {
    return caller.groups().stream().anyMatch(KEEPERS::contains);
  }
}
