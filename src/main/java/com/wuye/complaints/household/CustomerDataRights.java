package com.wuye.complaints.household;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's side of a person's data rights (R-CUST-5, PIPL): what it holds on them, for an
 * export, and anonymising them on request — name, phones, relation, move-in date and free-text
 * reasons go; the household, the category and the VIP cards' numbers and dates stay, so the
 * statistics do. Erased once: a second request finds the first erasure.
 */
@Service
public class CustomerDataRights {

  /**
   * What replaces a name, and a phone (with the person's id, so their complaints still count as one
   * complainant).
   */
  public static final String ERASED_NAME = "（已删除）";

  static final String ERASED_REASON = "（已删除 erased）";

  /** The register's data on a person, in the shape of the export document. */
  public record RegisterData(
      Map<String, Object> person,
      List<Map<String, Object>> categoryHistory,
      List<Map<String, Object>> vipCards,
      List<Long> linkedComplaints,
      List<String> phones,
      Optional<Erasure> erasure) {}

  /** An erasure done: who, when, how many complaints and repairs with them. */
  public record Erasure(String by, Instant at, int complaints, int repairs) {}

  private final CustomerRegister register;
  private final CustomerRepository customers;
  private final ComplaintCustomerRepository links;
  private final CustomerErasureRepository erasures;
  private final VipCards cards;

  CustomerDataRights(
      CustomerRegister register,
      CustomerRepository customers,
      ComplaintCustomerRepository links,
      CustomerErasureRepository erasures,
      VipCards cards) {
    this.register = register;
    this.customers = customers;
    this.links = links;
    this.erasures = erasures;
    this.cards = cards;
  }

  /** Everything the register holds on the person; 404 when unknown. */
  @Transactional(readOnly = true)
  public RegisterData of(long customerId) {
    Located located = register.get(customerId);
    Customer c = located.customer();
    Map<String, Object> person = new LinkedHashMap<>();
    person.put("id", c.getId());
    person.put("name", c.getName());
    person.put("phone", c.getPhone());
    person.put("otherPhone", c.getOtherPhone());
    person.put("relation", c.getRelation());
    person.put("moveInDate", c.getMoveInDate());
    person.put("community", located.community());
    person.put("building", located.building());
    person.put("unit", located.unit());
    person.put("room", located.room());
    person.put("householdId", c.getHouseholdId());
    person.put("householdType", located.householdType());
    person.put("category", c.getCategory());
    person.put("categoryReason", c.getCategoryReason());
    person.put("categorySetBy", c.getCategorySetBy());
    person.put("categorySetAt", c.getCategorySetAt());
    List<Map<String, Object>> history = new ArrayList<>();
    for (CategoryChange change : register.history(customerId)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("category", change.getCategory());
      row.put("reason", change.getSetting().note());
      row.put("setBy", change.getSetting().by());
      row.put("setAt", change.getSetting().at());
      history.add(row);
    }
    List<Map<String, Object>> vip = new ArrayList<>();
    for (VipCards.CardWithEvents card : cards.history(customerId)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("cardNo", card.card().getCardNo());
      row.put("level", card.card().getLevel());
      row.put("status", card.card().getStatus());
      row.put("reason", card.card().getReason());
      row.put("issuedAt", card.card().getIssuedAt());
      row.put("validUntil", card.card().getValidUntil());
      row.put("replacements", card.card().getReplacements());
      row.put(
          "events",
          card.events().stream()
              .map(
                  e -> {
                    Map<String, Object> event = new LinkedHashMap<>();
                    event.put("event", e.getEvent());
                    event.put("reason", e.getReason());
                    event.put("by", e.getByUser());
                    event.put("at", e.getAt());
                    return event;
                  })
              .toList());
      vip.add(row);
    }
    List<String> phones = new ArrayList<>();
    phones.add(c.getPhone());
    if (c.getOtherPhone() != null) {
      phones.add(c.getOtherPhone());
    }
    return new RegisterData(
        person, history, vip, links.complaintsOf(customerId), phones, erasure(customerId));
  }

  @Transactional(readOnly = true)
  public Optional<Erasure> erasure(long customerId) {
    return erasures
        .findById(customerId)
        .map(
            e ->
                new Erasure(
                    e.getErasedBy(),
                    e.getErasedAt(),
                    e.getComplaintsAnonymised(),
                    e.getRepairsAnonymised()));
  }

  /**
   * The phone that replaces the person's: unique to them, never a valid phone (so no lookup finds
   * it).
   */
  public static String erasedPhone(long customerId) {
    return "erased-" + customerId;
  }

  /**
   * Anonymises the person in the register and records the erasure (complaints and repairs counted
   * by the caller).
   */
  @Transactional
  public Erasure erase(long customerId, String by, Instant at, int complaints, int repairs) {
    Customer customer =
        customers.findById(customerId).orElseThrow(() -> CustomerRegister.unknown(customerId));
    customer.anonymise(ERASED_NAME, erasedPhone(customerId));
    erasures.blankCategoryReasons(customerId);
    erasures.blankCardEventReasons(customerId);
    erasures.blankCardReasons(customerId, ERASED_REASON);
    erasures.save(new CustomerErasure(customerId, by, at, complaints, repairs));
    return new Erasure(by, at, complaints, repairs);
  }
}
