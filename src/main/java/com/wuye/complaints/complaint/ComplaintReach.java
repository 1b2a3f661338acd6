package com.wuye.complaints.complaint;

import com.wuye.complaints.identity.CommunityScope;
import com.wuye.complaints.support.PathReach;
import org.springframework.context.annotation.Configuration;

/**
 * Issue 16: every {@code /api/complaints/{complaintNo}…} operation (read, new facts, severity, fact
 * corrections, same-issue links, waiting) reaches only a complaint of the caller's communities
 * ({@link CommunityScope}); another community's complaint is "not found", as an unknown number is.
 * One check in front of all of them, so an operation added later is covered too.
 */
@Configuration
public class ComplaintReach extends PathReach {

  private final ComplaintRepository complaints;
  private final CommunityScope communities;

  ComplaintReach(ComplaintRepository complaints, CommunityScope communities) {
    super("complaintNo", "/api/complaints/*", "/api/complaints/*/**");
    this.complaints = complaints;
    this.communities = communities;
  }

  @Override
  protected void requireReachable(String complaintNo) {
    requireVisible(complaintNo);
  }

  /**
   * A 404 when the complaint exists but belongs to a community the caller may not see; nothing
   * otherwise.
   */
  public void requireVisible(String complaintNo) {
    if (complaintNo == null || complaintNo.isBlank()) {
      return;
    }
    complaints
        .findByComplaintNo(complaintNo)
        .ifPresent(
            complaint ->
                communities.requireVisible(
                    complaint.getCommunityCode(), "complaint.no-complaint-numbered", complaintNo));
  }
}
