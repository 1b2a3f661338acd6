package com.wuye.complaints.household;

import com.wuye.complaints.community.CommunityService;
import com.wuye.complaints.complaint.Phones;
import com.wuye.complaints.support.ApiProblemException;
import com.wuye.complaints.support.EngineClock;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer register (客户档案): community → building → dwelling (unit, room) → household → persons.
 * R-CUST-1 every category setting records its reason, who and when, and adds a history row;
 * R-CUST-2 the household type is one of the code list household_type. Phones are stored as {@link
 * Phones#normalize} writes them, so a lookup by phone is one indexed equality.
 */
@Service
public class CustomerRegister {

  /**
   * What a new person of the register says; strings already stripped by the caller where it
   * matters.
   */
  record NewCustomer(
      String name,
      String phone,
      String otherPhone,
      String community,
      String building,
      String unit,
      String room,
      String relation,
      LocalDate moveInDate,
      CustomerCategory category,
      String categoryReason,
      String householdType) {}

  /** Changes; null leaves a field as it is. A new category needs a reason (R-CUST-1). */
  record Change(
      String name,
      String phone,
      String otherPhone,
      String relation,
      LocalDate moveInDate,
      CustomerCategory category,
      String categoryReason,
      String householdType) {}

  private final CommunityService communities;
  private final HouseholdTypeRepository types;
  private final BuildingRepository buildings;
  private final DwellingRepository dwellings;
  private final HouseholdRepository households;
  private final CustomerRepository customers;
  private final CategoryChangeRepository history;
  private final EngineClock clock;

  CustomerRegister(
      CommunityService communities,
      HouseholdTypeRepository types,
      BuildingRepository buildings,
      DwellingRepository dwellings,
      HouseholdRepository households,
      CustomerRepository customers,
      CategoryChangeRepository history,
      EngineClock clock) {
    this.communities = communities;
    this.types = types;
    this.buildings = buildings;
    this.dwellings = dwellings;
    this.households = households;
    this.customers = customers;
    this.history = history;
    this.clock = clock;
  }

  /**
   * Adds the person to the household of the dwelling (created as needed); returns the person's id.
   */
  @Transactional
  public long create(NewCustomer request, String by) {
    List<FieldError> errors = new ArrayList<>();
    if (!communities.exists(request.community())) {
      errors.add(FieldError.of("community", "invalid.household.no-active-community-code"));
    }
    String phone = checkedPhone("phone", request.phone(), errors);
    String otherPhone =
        request.otherPhone() == null
            ? null
            : checkedPhone("otherPhone", request.otherPhone(), errors);
    checkType(request.householdType(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Building building =
        buildings
            .findByCommunityCodeAndName(request.community(), request.building())
            .orElseGet(() -> buildings.save(new Building(request.community(), request.building())));
    Dwelling dwelling =
        dwellings
            .findByBuildingIdAndUnitAndRoom(building.getId(), request.unit(), request.room())
            .orElseGet(
                () ->
                    dwellings.save(new Dwelling(building.getId(), request.unit(), request.room())));
    Household household =
        households
            .findByDwellingId(dwelling.getId())
            .orElseGet(
                () -> households.save(new Household(dwelling.getId(), request.householdType())));
    if (request.householdType() != null) {
      household.setHouseholdType(request.householdType());
    }
    Customer customer = new Customer(household.getId(), request.name(), phone);
    customer.setOtherPhone(otherPhone);
    customer.setRelation(request.relation());
    customer.setMoveInDate(request.moveInDate());
    customer.categorise(request.category(), request.categoryReason(), by, clock.now());
    customers.save(customer);
    history.save(
        new CategoryChange(
            customer.getId(),
            request.category(),
            request.categoryReason(),
            by,
            customer.getCategorySetAt()));
    return customer.getId();
  }

  /** Changes the fields given; 404 when there is no such person. */
  @Transactional
  public void change(long id, Change change, String by) {
    Customer customer = customers.findById(id).orElseThrow(() -> unknown(id));
    List<FieldError> errors = new ArrayList<>();
    String phone = change.phone() == null ? null : checkedPhone("phone", change.phone(), errors);
    String otherPhone =
        change.otherPhone() == null || change.otherPhone().isBlank()
            ? null
            : checkedPhone("otherPhone", change.otherPhone(), errors);
    checkType(change.householdType(), errors);
    boolean recategorised =
        change.category() != null
            && (change.category() != customer.getCategory() || change.categoryReason() != null);
    if (recategorised && (change.categoryReason() == null || change.categoryReason().isBlank())) {
      errors.add(
          FieldError.of("categoryReason", "invalid.household.change-category-needs-reason-r-cust"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (change.name() != null) {
      customer.setName(change.name());
    }
    if (phone != null) {
      customer.setPhone(phone);
    }
    if (change.otherPhone() != null) {
      customer.setOtherPhone(otherPhone);
    }
    if (change.relation() != null) {
      customer.setRelation(change.relation().isBlank() ? null : change.relation());
    }
    if (change.moveInDate() != null) {
      customer.setMoveInDate(change.moveInDate());
    }
    if (change.householdType() != null) {
      households
          .findById(customer.getHouseholdId())
          .orElseThrow()
          .setHouseholdType(change.householdType());
    }
    if (recategorised) {
      customer.categorise(change.category(), change.categoryReason(), by, clock.now());
      history.save(
          new CategoryChange(
              id, change.category(), change.categoryReason(), by, customer.getCategorySetAt()));
    }
  }

  /**
   * Whether the community exists (active or not); an unknown one is refused by {@link #create} with
   * a 400.
   */
  @Transactional(readOnly = true)
  boolean knowsCommunity(String code) {
    return communities.find(code).isPresent();
  }

  @Transactional(readOnly = true)
  Located get(long id) {
    return customers.located(id).orElseThrow(() -> unknown(id));
  }

  @Transactional(readOnly = true)
  List<CategoryChange> history(long id) {
    return history.findByCustomerIdOrderByIdAsc(id);
  }

  /** Everyone of the register with this phone (normalised first; an invalid phone finds no one). */
  @Transactional(readOnly = true)
  List<Located> byPhone(String typed) {
    String phone = Phones.normalize(typed);
    return Phones.isValid(phone) ? customers.byPhone(phone) : List.of();
  }

  /** Everyone living in the building, narrowed to a unit and a room when given. */
  @Transactional(readOnly = true)
  List<Located> byUnit(String community, String building, String unit, String room) {
    return customers.byUnit(community, building, unit, room);
  }

  /** The category the register holds for a caller's phone, when exactly one person has it. */
  @Transactional(readOnly = true)
  public Optional<CustomerCategory> categoryOf(String phone) {
    List<Located> found = byPhone(phone);
    return found.size() == 1
        ? Optional.of(found.get(0).customer().getCategory())
        : Optional.empty();
  }

  @Transactional(readOnly = true)
  public long count() {
    return customers.count();
  }

  private void checkType(String householdType, List<FieldError> errors) {
    if (householdType != null && !types.existsById(householdType)) {
      errors.add(
          FieldError.of(
              "householdType",
              "invalid.household.householdtype-one-code-list",
              String.join(", ", typeCodes())));
    }
  }

  private List<String> typeCodes() {
    return types.findAll().stream().map(HouseholdType::getCode).sorted().toList();
  }

  private static String checkedPhone(String field, String typed, List<FieldError> errors) {
    String phone = Phones.normalize(typed);
    if (!Phones.isValid(phone)) {
      errors.add(FieldError.of(field, "invalid.household.phone-11-digit-mobile-landline-area"));
    }
    return phone;
  }

  static ApiProblemException unknown(long id) {
    return ApiProblemException.notFound("household.no-customer-in-register", id);
  }
}
