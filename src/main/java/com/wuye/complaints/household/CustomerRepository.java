package com.wuye.complaints.household;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CustomerRepository extends JpaRepository<Customer, Long> {

  String LOCATED =
      "select new com.wuye.complaints.household.Located("
          + "c, b.communityCode, b.name, d.unit, d.room, h.householdType) "
          + "from Customer c, Household h, Dwelling d, Building b "
          + "where h.id = c.householdId and d.id = h.dwellingId and b.id = d.buildingId ";

  @Query(LOCATED + "and c.id = :id")
  Optional<Located> located(@Param("id") long id);

  /** An indexed lookup per phone column (ix_customer_phone, ix_customer_other_phone). */
  @Query(LOCATED + "and (c.phone = :phone or c.otherPhone = :phone) order by c.id")
  List<Located> byPhone(@Param("phone") String phone);

  @Query(
      LOCATED
          + "and b.communityCode = :community and b.name = :building "
          + "and (:unit is null or d.unit = :unit) and (:room is null or d.room = :room) order by d.unit, d.room, c.id")
  List<Located> byUnit(
      @Param("community") String community,
      @Param("building") String building,
      @Param("unit") String unit,
      @Param("room") String room);
}
