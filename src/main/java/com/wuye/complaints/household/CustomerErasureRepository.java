package com.wuye.complaints.household;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CustomerErasureRepository extends JpaRepository<CustomerErasure, Long> {

  @Modifying(flushAutomatically = true)
  @Query("update CategoryChange c set c.setting.note = null where c.customerId = :customer")
  int blankCategoryReasons(@Param("customer") long customer);

  @Modifying(flushAutomatically = true)
  @Query("update VipCard c set c.reason = :erased where c.customerId = :customer")
  int blankCardReasons(@Param("customer") long customer, @Param("erased") String erased);

  @Modifying(flushAutomatically = true)
  @Query(
      "update VipCardEvent e set e.reason = null where e.cardId in (select c.id from VipCard c where c.customerId = :customer)")
  int blankCardEventReasons(@Param("customer") long customer);
}
