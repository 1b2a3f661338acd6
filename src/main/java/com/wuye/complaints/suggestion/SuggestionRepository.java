package com.wuye.complaints.suggestion;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SuggestionRepository extends JpaRepository<Suggestion, Long> {

  boolean existsByComplaintId(Long complaintId);

  Page<Suggestion> findAllByOrderByRecordedAtDescIdDesc(Pageable page);
}
