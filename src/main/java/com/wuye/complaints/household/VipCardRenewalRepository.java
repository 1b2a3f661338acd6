package com.wuye.complaints.household;

import org.springframework.data.jpa.repository.JpaRepository;

interface VipCardRenewalRepository extends JpaRepository<VipCardRenewal, Long> {}
