package com.wuye.complaints.household;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DwellingRepository extends JpaRepository<Dwelling, Long> {
  Optional<Dwelling> findByBuildingIdAndUnitAndRoom(long buildingId, String unit, String room);
}
