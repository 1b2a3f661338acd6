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

  private final CustomerRepository customers;
  private final ComplaintCustomerRepository links;
  private final EngineClock clock;

  CallerLookup(CustomerRepository customers, ComplaintCustomerRepository links, EngineClock clock) {
    this.customers = customers;
    this.links = links;
    this.clock = clock;
  }

  /** The register's category (A–D) of the caller, having linked the complaint; empty for an unknown caller. */
  @Transactional
  public Optional<String> recognise(long complaintId, String phone, String community, String building, String unit,
      String room) {
    Optional<Customer> caller = find(phone, community, building, unit, room);
    caller.ifPresent(found -> links.save(new ComplaintCustomer(complaintId, found.getId(), found.getHouseholdId(),
        found.getCategory(), clock.now())));
    return caller.map(found -> found.getCategory().name());
  }

  /**
   * R-CUST-4 for repairs: the register's category (A–D) of whoever asks for a repair, found as a
   * complainant is (phone, then the unit when several share it); empty for someone the register does not know.
   */
  @Transactional(readOnly = true)
  public Optional<String> categoryOf(String phone, String community, String building, String unit, String room) {
    return find(phone, community, building, unit, room).map(found -> found.getCategory().name());
  }

  private Optional<Customer> find(String phone, String community, String building, String unit, String room) {
    String normalised = Phones.normalize(phone);
    if (!Phones.isValid(normalised)) {
      return Optional.empty();
    }
    List<Located> found = customers.byPhone(normalised);
    if (found.size() > 1) {
      found = found.stream().filter(person -> Objects.equals(person.community(), community)
          && Objects.equals(person.building(), building) && (unit == null || Objects.equals(person.unit(), unit))
          && (room == null || Objects.equals(person.room(), room))).toList();
    }
    return found.size() == 1 ? Optional.of(found.get(0).customer()) : Optional.empty();
  }
}
