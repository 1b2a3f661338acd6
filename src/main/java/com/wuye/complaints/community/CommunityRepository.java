package com.wuye.complaints.community;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CommunityRepository extends JpaRepository<Community, String> {

  /**
   * Whether the code names an active community. Written as a query string, not derived from the
   * method's name: Hibernate 6.6 keeps the plan of a query string, but builds a derived (criteria)
   * query's SQL again on every call, and every intake asks this twice (issue 18).
   */
  @Query("select count(c) > 0 from Community c where c.code = :code and c.active = true")
  boolean existsByCodeAndActiveTrue(@Param("code") String code);

  List<Community> findByActiveTrueOrderByCode();

  List<Community> findAllByOrderByCode();

  /**
   * A plain insert: JPA's save would merge into an existing row of the same code; this fails on it
   * instead.
   */
  @Modifying
  @Query(
      value =
          "insert into community (code, name, address, households, active) "
              + "values (:code, :name, :address, :households, true)",
      nativeQuery = true)
  void insert(
      @Param("code") String code,
      @Param("name") String name,
      @Param("address") String address,
      @Param("households") Integer households);
}
