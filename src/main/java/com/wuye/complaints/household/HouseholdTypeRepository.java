package com.wuye.complaints.household;

import org.springframework.data.jpa.repository.JpaRepository;

interface HouseholdTypeRepository extends JpaRepository<HouseholdType, String> {}
