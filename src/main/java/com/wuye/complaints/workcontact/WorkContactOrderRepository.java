package com.wuye.complaints.workcontact;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkContactOrderRepository extends JpaRepository<WorkContactOrder, Long> {

  List<WorkContactOrder> findByComplaintIdOrderByIdAsc(Long complaintId);
}
