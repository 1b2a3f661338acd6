package com.wuye.complaints.complaint;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SeverityChangeRepository extends JpaRepository<SeverityChange, Long> {

  List<SeverityChange> findByComplaintIdOrderByIdAsc(Long complaintId);
}
