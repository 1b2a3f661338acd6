package com.wuye.complaints.complaint;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's data rights over their complaints (R-CUST-5, PIPL): which complaints are theirs —
 * those linked to their register entry and those made from their phones — and, on erasure,
 * replacing the complainant's name and phone in the complaint rows while every other field, and so
 * every statistic (counts, severities, deadlines, same-issue counts by phone), stays.
 */
@Service
public class ComplaintPersonalData {

  private final ComplaintRepository complaints;

  ComplaintPersonalData(ComplaintRepository complaints) {
    this.complaints = complaints;
  }

  @Transactional(readOnly = true)
  public List<Complaint> ofPerson(Collection<Long> linkedIds, Collection<String> phones) {
    return complaints.findOfPerson(
        linkedIds.isEmpty() ? List.of(-1L) : linkedIds, phones.isEmpty() ? List.of("") : phones);
  }

  /**
   * Replaces the complainant's name and phone of these complaints; returns how many rows changed.
   */
  @Transactional
  public int anonymise(Collection<Long> complaintIds, String name, String phone) {
    return complaintIds.isEmpty() ? 0 : complaints.anonymiseContact(complaintIds, name, phone);
  }
}
