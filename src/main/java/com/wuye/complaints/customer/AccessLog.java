package com.wuye.complaints.customer;

import com.wuye.complaints.support.EngineClock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-CUST-5 the access log (table personal_data_access): every showing of a person's full name and
 * phone — a complainant's contact at a step that calls them ({@link ContactDetailsService}), a
 * register entry shown in full to its keepers, an export — and every erasure. Administrators query
 * it; a person's export lists the entries about them.
 */
@Service
public class AccessLog {

  /** One entry: when, who, why, and about which complaint (id) or register entry (id). */
  public record Entry(
      long id, Instant at, String by, String purpose, Long complaintId, Long customerId) {}

  private final PersonalDataAccessRepository accesses;
  private final EngineClock clock;

  AccessLog(PersonalDataAccessRepository accesses, EngineClock clock) {
    this.accesses = accesses;
    this.clock = clock;
  }

  /**
   * Records that the register entry of {@code customerId} was shown in full (or exported, or
   * erased) to {@code by}.
   */
  @Transactional
  public void recordRegisterAccess(long customerId, String by, String purpose) {
    accesses.save(new PersonalDataAccess(null, customerId, by, purpose, clock.now()));
  }

  /**
   * The entries about a person: their register entry and the contact of their complaints, oldest
   * first.
   */
  @Transactional(readOnly = true)
  public List<Entry> about(long customerId, Collection<Long> complaintIds) {
    return accesses.about(customerId, complaintIds.isEmpty() ? List.of(-1L) : complaintIds).stream()
        .map(AccessLog::entry)
        .toList();
  }

  /** Entries within [from, to), newest first, at most {@code limit}; null subject or actor: any. */
  @Transactional(readOnly = true)
  public List<Entry> search(
      Long customerId,
      Collection<Long> complaintIds,
      String actor,
      Instant from,
      Instant to,
      int limit) {
    return accesses
        .search(
            customerId,
            complaintIds.isEmpty() ? List.of(-1L) : complaintIds,
            actor,
            from,
            to,
            PageRequest.of(0, limit))
        .stream()
        .map(AccessLog::entry)
        .toList();
  }

  private static Entry entry(PersonalDataAccess access) {
    return new Entry(
        access.getId(),
        access.getAccessedAt(),
        access.getAccessedBy(),
        access.getPurpose(),
        access.getComplaintId(),
        access.getCustomerId());
  }
}
