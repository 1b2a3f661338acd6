package com.wuye.complaints.customer;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonalDataAccessRepository extends JpaRepository<PersonalDataAccess, Long> {

  List<PersonalDataAccess> findByComplaintIdOrderByIdAsc(long complaintId);

  /**
   * Every reading about a person: of their register entry, or of the contact of one of their
   * complaints.
   */
  @Query(
      "select a from PersonalDataAccess a where a.customerId = :customer or a.complaintId in :complaints order by a.id")
  List<PersonalDataAccess> about(
      @Param("customer") long customer, @Param("complaints") Collection<Long> complaints);

  /** The log for administrators, newest first; a null filter matches everything. */
  @Query(
      "select a from PersonalDataAccess a where (:customer is null or a.customerId = :customer or a.complaintId in :complaints) "
          + "and (:actor is null or a.accessedBy = :actor) and a.accessedAt >= :from and a.accessedAt < :to order by a.accessedAt desc, a.id desc")
  List<PersonalDataAccess> search(
      @Param("customer") Long customer,
      @Param("complaints") Collection<Long> complaints,
      @Param("actor") String actor,
      @Param("from") Instant from,
      @Param("to") Instant to,
      Pageable page);
}
