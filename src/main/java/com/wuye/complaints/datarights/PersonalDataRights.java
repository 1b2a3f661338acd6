package com.wuye.complaints.datarights;

import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintPersonalData;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.customer.AccessLog;
import com.wuye.complaints.household.CustomerDataRights;
import com.wuye.complaints.repair.RepairPersonalData;
import com.wuye.complaints.support.EngineClock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's data rights (R-CUST-5, PIPL-minded), over every feature that holds data on them: the
 * register (household), their complaints (linked to them, or made from their phones), their repair
 * requests, their VIP cards and the access log. An export is itself a reading of their full data
 * and goes in the access log; an erasure anonymises them everywhere in one transaction, keeps every
 * statistic, is done once (a second request answers the first) and is logged.
 */
@Service
class PersonalDataRights {

  private static final Logger LOG = LoggerFactory.getLogger(PersonalDataRights.class);
  static final String EXPORT = "EXPORT";
  static final String ERASURE = "ERASURE";

  /** What an erasure did; {@code alreadyErased}: it had been done before, nothing changed now. */
  record ErasureDone(
      long customerId,
      String erasedBy,
      Instant erasedAt,
      int complaintsAnonymised,
      int repairsAnonymised,
      boolean alreadyErased) {}

  private final CustomerDataRights register;
  private final ComplaintPersonalData complaints;
  private final ComplaintService complaintService;
  private final RepairPersonalData repairs;
  private final AccessLog accessLog;
  private final EngineClock clock;

  PersonalDataRights(
      CustomerDataRights register,
      ComplaintPersonalData complaints,
      ComplaintService complaintService,
      RepairPersonalData repairs,
      AccessLog accessLog,
      EngineClock clock) {
    this.register = register;
    this.complaints = complaints;
    this.complaintService = complaintService;
    this.repairs = repairs;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  /**
   * Everything held on the person, as one JSON document; the export is logged. 404 when unknown.
   */
  @Transactional
  Map<String, Object> export(long customerId, String by) {
    CustomerDataRights.RegisterData data = register.of(customerId);
    List<Complaint> theirs = complaints.ofPerson(data.linkedComplaints(), data.phones());
    accessLog.recordRegisterAccess(customerId, by, EXPORT);
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("exportedAt", clock.now());
    document.put("exportedBy", by);
    document.put("person", data.person());
    document.put("categoryHistory", data.categoryHistory());
    document.put("vipCards", data.vipCards());
    document.put("complaints", theirs.stream().map(PersonalDataRights::complaint).toList());
    document.put("repairs", repairs.ofPhones(data.phones()));
    Map<Long, String> numbers = new LinkedHashMap<>();
    theirs.forEach(c -> numbers.put(c.getId(), c.getComplaintNo()));
    document.put(
        "accessLog",
        accessLog.about(customerId, numbers.keySet()).stream()
            .map(
                entry -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("at", entry.at());
                  row.put("by", entry.by());
                  row.put("purpose", entry.purpose());
                  row.put(
                      "complaintNo",
                      entry.complaintId() == null ? null : numbers.get(entry.complaintId()));
                  return row;
                })
            .toList());
    document.put("erasure", data.erasure().orElse(null));
    return document;
  }

  /** Anonymises the person everywhere, keeping the statistics; once only. 404 when unknown. */
  @Transactional
  ErasureDone erase(long customerId, String by) {
    Optional<CustomerDataRights.Erasure> earlier = register.erasure(customerId);
    if (earlier.isPresent()) {
      CustomerDataRights.Erasure e = earlier.get();
      return new ErasureDone(customerId, e.by(), e.at(), e.complaints(), e.repairs(), true);
    }
    CustomerDataRights.RegisterData data = register.of(customerId);
    List<Long> theirs =
        complaints.ofPerson(data.linkedComplaints(), data.phones()).stream()
            .map(Complaint::getId)
            .toList();
    String phone = CustomerDataRights.erasedPhone(customerId);
    int complaintCount = complaints.anonymise(theirs, CustomerDataRights.ERASED_NAME, phone);
    int repairCount = repairs.anonymise(data.phones(), CustomerDataRights.ERASED_NAME, phone);
    // whole seconds: what MySQL keeps with sendFractionalSeconds=false, so a repeat answers the
    // very same time
    Instant now = clock.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    register.erase(customerId, by, now, complaintCount, repairCount);
    accessLog.recordRegisterAccess(customerId, by, ERASURE);
    LOG.info(
        "customer {} erased on request by {}: {} complaints, {} repairs anonymised",
        customerId,
        by,
        complaintCount,
        repairCount);
    return new ErasureDone(customerId, by, now, complaintCount, repairCount, false);
  }

  /**
   * The access log for administrators; {@code subject} a person of the register (their entry and
   * complaints).
   */
  @Transactional(readOnly = true)
  List<Map<String, Object>> accessLog(
      Long subject, String actor, Instant from, Instant to, int limit) {
    List<Long> complaintIds = List.of();
    if (subject != null) {
      CustomerDataRights.RegisterData data = register.of(subject);
      complaintIds =
          complaints.ofPerson(data.linkedComplaints(), data.phones()).stream()
              .map(Complaint::getId)
              .toList();
    }
    return accessLog.search(subject, complaintIds, actor, from, to, limit).stream()
        .map(
            entry -> {
              Map<String, Object> row = new LinkedHashMap<>();
              row.put("id", entry.id());
              row.put("at", entry.at());
              row.put("by", entry.by());
              row.put("purpose", entry.purpose());
              row.put(
                  "complaintNo",
                  entry.complaintId() == null
                      ? null
                      : complaintService.get(entry.complaintId()).getComplaintNo());
              row.put("customerId", entry.customerId());
              return row;
            })
        .toList();
  }

  private static Map<String, Object> complaint(Complaint c) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("complaintNo", c.getComplaintNo());
    row.put("receivedAt", c.getReceivedAt());
    row.put("channel", c.getChannel());
    row.put("category", c.getCategory());
    row.put("community", c.getCommunityCode());
    row.put("building", c.getBuilding());
    row.put("unit", c.getUnit());
    row.put("room", c.getRoom());
    row.put("description", c.getDescription());
    row.put("severity", c.getSeverity());
    row.put("status", c.getStatus());
    return row;
  }
}
