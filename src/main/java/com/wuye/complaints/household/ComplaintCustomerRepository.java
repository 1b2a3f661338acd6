package com.wuye.complaints.household;

import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintCustomerRepository extends JpaRepository<ComplaintCustomer, Long> {
}
