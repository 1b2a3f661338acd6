package com.wuye.complaints.household;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ComplaintCustomerRepository extends JpaRepository<ComplaintCustomer, Long> {

  /** The complaints the intake linked to the person (R-CUST-1), for their export and erasure. */
  @Query(
      "select l.complaintId from ComplaintCustomer l where l.customerId = :customer order by l.complaintId")
  List<Long> complaintsOf(@Param("customer") long customer);
}
