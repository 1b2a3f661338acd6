package com.wuye.complaints.household;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HouseholdRepository extends JpaRepository<Household, Long> {
  Optional<Household> findByDwellingId(long dwellingId);
}
