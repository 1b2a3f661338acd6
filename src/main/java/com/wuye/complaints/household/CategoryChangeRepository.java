package com.wuye.complaints.household;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CategoryChangeRepository extends JpaRepository<CategoryChange, Long> {
  List<CategoryChange> findByCustomerIdOrderByIdAsc(long customerId);
}
