package com.wuye.complaints.customer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonalDataAccessRepository extends JpaRepository<PersonalDataAccess, Long> {

  List<PersonalDataAccess> findByComplaintIdOrderByIdAsc(long complaintId);
}
