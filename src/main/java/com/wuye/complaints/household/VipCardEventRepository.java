package com.wuye.complaints.household;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VipCardEventRepository extends JpaRepository<VipCardEvent, Long> {
  List<VipCardEvent> findByCardIdOrderByIdAsc(long cardId);
}
