package com.wuye.complaints.complaint;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintEventRepository extends JpaRepository<ComplaintEvent, Long> {

  List<ComplaintEvent> findByComplaintIdOrderByIdAsc(Long complaintId);
}
