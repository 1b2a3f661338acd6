package com.wuye.complaints.community;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CommunityRepository extends JpaRepository<Community, String> {

  boolean existsByCodeAndActiveTrue(String code);

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
