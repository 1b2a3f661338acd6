package com.wuye.complaints.household;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DwellingRepository extends JpaRepository<Dwelling, Long> {
  Optional<Dwelling> findByBuildingIdAndUnitAndRoom(long buildingId, String unit, String room);
}
