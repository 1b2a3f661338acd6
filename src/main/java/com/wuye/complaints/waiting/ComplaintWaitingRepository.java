package com.wuye.complaints.waiting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintWaitingRepository extends JpaRepository<ComplaintWaiting, Long> {

  List<ComplaintWaiting> findByComplaintIdOrderByIdAsc(Long complaintId);
}
