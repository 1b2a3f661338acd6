package com.wuye.complaints.household;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HouseholdRepository extends JpaRepository<Household, Long> {
  Optional<Household> findByDwellingId(long dwellingId);
}
