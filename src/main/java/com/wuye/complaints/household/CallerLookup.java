package com.wuye.complaints.household;

import com.wuye.complaints.complaint.Phones;
import com.wuye.complaints.support.EngineClock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 16 item 3: who is calling. The intake looks the caller's phone up in the register (one
 * indexed lookup); when several people share it, the unit the intake names picks one. A recognised
 * caller's complaint is linked to the person and household (complaint_customer) and its customer
 * category — which R-CUST-4's task priority follows — is the register's, not the caller's word. An
 * unknown caller keeps the category the intake declared.
 */
@Service
public class CallerLookup {

  /**
   * What the intake desk may be told about a caller while taking the complaint (R-CUST-1,
   * R-CUST-4): whether the register knows them and, if so, their category, household, VIP card and
   * a masked name — nothing the intake officer did not type but the category and card.
   */
  public record Recognition(
      boolean known,
      String category,
      Long householdId,
      String maskedName,
      String vipCardNo,
      Integer vipLevel,
      java.time.Instant vipValidUntil,
      Boolean unitMatches) {

    static Recognition unknown() {
      return new Recognition(false, null, null, null, null, null, null, null);
    }
  }

  private final CustomerRepository customers;
  private final ComplaintCustomerRepository links;
  private final VipCardRepository cards;
  private final EngineClock clock;

  CallerLookup(
      CustomerRepository customers,
      ComplaintCustomerRepository links,
      VipCardRepository cards,
      EngineClock clock) {
    this.customers = customers;
    this.links = links;
    this.cards = cards;
    this.clock = clock;
  }

  /**
   * Issue 16 item 3: whom the intake would recognise for this phone and unit — the same match as
   * {@link #recognise} makes when the complaint is registered — without linking anything.
   */
  @Transactional(readOnly = true)
  public Recognition preview(
      String phone, String community, String building, String unit, String room) {
    Optional<Located> match = match(phone, community, building, unit, room);
    if (match.isEmpty()) {
      return Recognition.unknown();
    }
    Located located = match.get();
    Customer caller = located.customer();
    java.time.Instant now = clock.now();
    Optional<VipCard> card =
        cards.findByCustomerIdAndStatusOrderByIdDesc(caller.getId(), VipCard.Status.VALID).stream()
            .filter(c -> c.isValidAt(now))
            .findFirst();
    Boolean unitMatches =
        building == null || building.isBlank()
            ? null
            : (community == null || Objects.equals(located.community(), community))
                && Objects.equals(located.building(), building)
                && (unit == null || unit.isBlank() || Objects.equals(located.unit(), unit))
                && (room == null || room.isBlank() || Objects.equals(located.room(), room));
    return new Recognition(
        true,
        caller.getCategory().name(),
        caller.getHouseholdId(),
        com.wuye.complaints.customer.PersonalData.maskName(caller.getName()),
        card.map(VipCard::getCardNo).orElse(null),
        card.map(VipCard::getLevel).orElse(null),
        card.map(VipCard::getValidUntil).orElse(null),
        unitMatches);
  }

  /**
   * The one person of the register with this phone (narrowed by the unit when several share it).
   */
  private Optional<Located> match(
      String phone, String community, String building, String unit, String room) {
    String normalised = Phones.normalize(phone);
    if (!Phones.isValid(normalised)) {
      return Optional.empty();
    }
    List<Located> found = customers.byPhone(normalised);
    if (found.size() > 1) {
      found =
          found.stream()
              .filter(
                  person ->
                      Objects.equals(person.community(), community)
                          && Objects.equals(person.building(), building)
                          && (unit == null || Objects.equals(person.unit(), unit))
                          && (room == null || Objects.equals(person.room(), room)))
              .toList();
    }
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /**
   * The register's category (A–D) of the caller, having linked the complaint; empty for an unknown
   * caller.
   */
  @Transactional
  public Optional<String> recognise(
      long complaintId, String phone, String community, String building, String unit, String room) {
    Optional<Located> match = match(phone, community, building, unit, room);
    if (match.isEmpty()) {
      return Optional.empty();
    }
    Customer caller = match.get().customer();
    links.save(
        new ComplaintCustomer(
            complaintId,
            caller.getId(),
            caller.getHouseholdId(),
            caller.getCategory(),
            clock.now()));
    return Optional.of(caller.getCategory().name());
  }

  /**
   * R-CUST-4 for repairs: the register's category (A–D) of whoever asks for a repair, found as a
   * complainant is (phone, then the unit when several share it); empty for someone the register
   * does not know.
   */
  @Transactional(readOnly = true)
  public Optional<String> categoryOf(
      String phone, String community, String building, String unit, String room) {
    return match(phone, community, building, unit, room)
        .map(found -> found.customer().getCategory().name());
  }
}
