package com.wuye.complaints.complaint;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintLinkRepository extends JpaRepository<ComplaintLink, Long> {

  boolean existsByComplaintIdAndLinkedComplaintId(Long complaintId, Long linkedComplaintId);

  List<ComplaintLink> findByComplaintId(Long complaintId);
}
