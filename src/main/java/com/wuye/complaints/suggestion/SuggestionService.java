package com.wuye.complaints.suggestion;

import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.support.EngineClock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The suggestions list: consultations and suggestions closed at verification, for the managers'
 * dashboard.
 */
@Service
@Transactional
public class SuggestionService {

  private final SuggestionRepository suggestions;
  private final EngineClock clock;

  SuggestionService(SuggestionRepository suggestions, EngineClock clock) {
    this.suggestions = suggestions;
    this.clock = clock;
  }

  /** Records it once; a repeated call (a retried step) changes nothing. */
  public void record(Complaint complaint, String user) {
    if (!suggestions.existsByComplaintId(complaint.getId())) {
      suggestions.save(
          new Suggestion(
              complaint.getId(),
              complaint.getComplaintNo(),
              complaint.getCommunityCode(),
              complaint.getCategory().name(),
              complaint.getDescription(),
              user,
              clock.now()));
    }
  }

  @Transactional(readOnly = true)
  Page<Suggestion> newestFirst(int page, int size) {
    return suggestions.findAllByOrderByRecordedAtDescIdDesc(PageRequest.of(page, size));
  }
}
