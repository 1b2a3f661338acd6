package com.wuye.complaints.household;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VipCardRepository extends JpaRepository<VipCard, Long> {

  /** The sequences of the level that valid cards hold (uq_vip_card_held). */
  @Query(
      "select c.heldSequence from VipCard c where c.level = :level and c.heldSequence is not null")
  List<Integer> heldSequences(@Param("level") int level);

  @Query(
      "select c from VipCard c where c.level = :level and c.heldSequence is not null and c.validUntil <= :now")
  List<VipCard> expiredStillHolding(@Param("level") int level, @Param("now") Instant now);

  /**
   * R-CUST-3 valid cards of the level expiring after {@code now} and by {@code horizon} with no
   * renewal task for this expiry yet.
   */
  @Query(
      "select c from VipCard c where c.level = :level and c.status = com.wuye.complaints.household.VipCard.Status.VALID "
          + "and c.validUntil > :now and c.validUntil <= :horizon and not exists "
          + "(select r.id from VipCardRenewal r where r.cardId = c.id and r.validUntil = c.validUntil) order by c.validUntil, c.id")
  List<VipCard> dueForRenewal(
      @Param("level") int level, @Param("now") Instant now, @Param("horizon") Instant horizon);

  List<VipCard> findByCustomerIdAndStatusOrderByIdDesc(long customerId, VipCard.Status status);

  List<VipCard> findByCustomerIdOrderByIdAsc(long customerId);
}
