package com.wuye.complaints.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ComplaintRepository
    extends JpaRepository<Complaint, Long>, JpaSpecificationExecutor<Complaint> {

  Optional<Complaint> findByComplaintNo(String complaintNo);

  /**
   * R-SEV-HOT: distinct complainants (by phone) of the issue since a moment; index
   * ix_complaint_issue alone.
   */
  @Query(
      """
      select count(distinct c.complainantPhone) from Complaint c
      where c.issueId = :issueId and c.receivedAt >= :since
      """)
  long countDistinctComplainants(long issueId, Instant since);

  /**
   * R-SEV-HOT: the issue's other complaints since a moment, still unresolved, of one of the given
   * severities.
   */
  @Query(
      """
      select c.complaintNo from Complaint c
      where c.issueId = :issueId and c.receivedAt >= :since and c.id <> :excluded
        and c.status in (com.wuye.complaints.complaint.ComplaintStatus.AWAITING_VERIFICATION,
                         com.wuye.complaints.complaint.ComplaintStatus.IN_HANDLING)
        and c.severity in :severities
      order by c.id
      """)
  List<String> findUnresolvedOfIssue(
      long issueId, Instant since, long excluded, List<Severity> severities);

  /** R-SEV-HOT: the issue's complaints, newest first (index ix_complaint_issue). */
  List<Complaint> findTop50ByIssueIdOrderByReceivedAtDescIdDesc(long issueId);

  /**
   * The complaints of one unit registered before the given one, newest first (index
   * ix_complaint_unit).
   */
  @Query(
      """
      select c from Complaint c
      where c.communityCode = :community and c.building = :building and c.unit = :unit and c.room = :room
        and c.id < :before
      order by c.receivedAt desc, c.id desc
      limit 20
      """)
  List<Complaint> findEarlierOfUnit(
      String community, String building, String unit, String room, long before);

  /**
   * The complaints from one phone registered before the given one, newest first (index
   * ix_complaint_phone).
   */
  @Query(
      """
      select c from Complaint c
      where c.complainantPhone = :phone and c.id < :before
      order by c.receivedAt desc, c.id desc
      limit 20
      """)
  List<Complaint> findEarlierOfPhone(String phone, long before);

  /** PIPL: the complaints of these ids or made from these phones (ix_complaint_phone). */
  @Query(
      "select c from Complaint c where c.id in :ids or c.complainantPhone in :phones order by c.id")
  List<Complaint> findOfPerson(java.util.Collection<Long> ids, java.util.Collection<String> phones);

  /**
   * PIPL erasure: the complainant's name and phone replaced; every other field, and so the
   * statistics, kept.
   */
  @org.springframework.data.jpa.repository.Modifying(
      flushAutomatically = true,
      clearAutomatically = true)
  @Query(
      "update Complaint c set c.complainantName = :name, c.complainantPhone = :phone where c.id in :ids")
  int anonymiseContact(java.util.Collection<Long> ids, String name, String phone);

  /**
   * R-SEV-IMPORTANT: the most recent complaint of the unit (as the complaints store it) and
   * category registered before the given one and handled in the period (index ix_complaint_unit).
   */
  @Query(
      """
      select c from Complaint c
      where c.communityCode = :community and c.building = :building
        and coalesce(c.unit, '') = :unit and coalesce(c.room, '') = :room
        and c.category = :category and c.id < :before
        and c.handling.at >= :since and c.handling.at <= :until
      order by c.handling.at desc, c.id desc
      limit 1
      """)
  List<Complaint> findHandledOfUnit(
      String community,
      String building,
      String unit,
      String room,
      Category category,
      long before,
      Instant since,
      Instant until);

  /**
   * R-SEV-IMPORTANT, R-CUST-1: the most recent complaint of the register's household the given
   * complaint is linked to (complaint_customer), of the category, registered before it and handled
   * in the period.
   */
  @Query(
      nativeQuery = true,
      value =
          """
          select c.* from complaint c
          join complaint_customer theirs on theirs.complaint_id = c.id
          join complaint_customer mine on mine.household_id = theirs.household_id
          where mine.complaint_id = :before and c.id < :before and c.category = :category
            and c.handled_at >= :since and c.handled_at <= :until
          order by c.handled_at desc, c.id desc
          limit 1
          """)
  List<Complaint> findHandledOfHousehold(
      String category, long before, Instant since, Instant until);
}
