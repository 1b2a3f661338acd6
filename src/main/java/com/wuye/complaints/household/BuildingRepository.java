package com.wuye.complaints.household;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BuildingRepository extends JpaRepository<Building, Long> {
  Optional<Building> findByCommunityCodeAndName(String communityCode, String name);
}
