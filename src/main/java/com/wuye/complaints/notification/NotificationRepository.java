package com.wuye.complaints.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

  @Query(
      "select n.id from Notification n where n.status = :status and n.nextAttemptAt <= :now order by n.id")
  List<Long> findDueIds(NotificationStatus status, Instant now, Pageable page);

  List<Notification> findByComplaintIdOrderByIdAsc(Long complaintId);

  List<Notification> findByRepairOrderIdOrderByIdAsc(Long repairOrderId);

  boolean existsByDedupKey(String dedupKey);
}
