package com.wuye.complaints.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ComplaintRepository extends JpaRepository<Complaint, Long>, JpaSpecificationExecutor<Complaint> {

  Optional<Complaint> findByComplaintNo(String complaintNo);

  /** R-SEV-HOT: distinct complainants (by phone) with the same issue at the same place since a moment. */
  @Query("""
      select count(distinct c.complainantPhone) from Complaint c
      where c.communityCode = :community and c.building = :building
        and c.category = :category and c.receivedAt >= :since
      """)
  long countDistinctComplainants(String community, String building, Category category, Instant since);

  /** R-SEV-HOT: the other complaints about the same issue at the same place that are still unresolved. */
  @Query("""
      select c from Complaint c
      where c.communityCode = :community and c.building = :building
        and c.category = :category and c.receivedAt >= :since and c.id <> :excluded
        and c.status in (com.wuye.complaints.complaint.ComplaintStatus.AWAITING_VERIFICATION,
                         com.wuye.complaints.complaint.ComplaintStatus.IN_HANDLING)
      order by c.id
      """)
  List<Complaint> findUnresolvedSameIssue(String community, String building, Category category, Instant since, Long excluded);
}
