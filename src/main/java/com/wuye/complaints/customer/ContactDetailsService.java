package com.wuye.complaints.customer;

import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.support.EngineClock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-CUST-5: staff see only what their work needs. The full name and phone are given out for the
 * steps that talk to the complainant (handling, feedback, return visit), and each time that happens
 * it is written down: who, which complaint, why, when.
 */
@Service
public class ContactDetailsService {

  private static final Logger LOG = LoggerFactory.getLogger(ContactDetailsService.class);

  private final ComplaintService complaints;
  private final PersonalDataAccessRepository accesses;
  private final EngineClock clock;

  ContactDetailsService(
      ComplaintService complaints, PersonalDataAccessRepository accesses, EngineClock clock) {
    this.complaints = complaints;
    this.accesses = accesses;
    this.clock = clock;
  }

  /**
   * The full details, recorded as shown to {@code accessedBy} (a user, or the group a task is
   * offered to).
   */
  @Transactional
  public ContactDetails disclose(long complaintId, String accessedBy, String purpose) {
    Complaint complaint = complaints.get(complaintId);
    accesses.save(new PersonalDataAccess(complaintId, null, accessedBy, purpose, clock.now()));
    LOG.info(
        "personal data of complaint {} shown to {} for {}",
        complaint.getComplaintNo(),
        accessedBy,
        purpose);
    return new ContactDetails(
        complaint.getComplainantName(), complaint.getComplainantPhone(), false);
  }

  /** "who:purpose" of every disclosure of the complaint, oldest first. */
  @Transactional(readOnly = true)
  public List<String> disclosures(long complaintId) {
    return accesses.findByComplaintIdOrderByIdAsc(complaintId).stream()
        .map(access -> access.getAccessedBy() + ":" + access.getPurpose())
        .toList();
  }
}
