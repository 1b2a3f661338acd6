package com.wuye.complaints.complaint;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;

/**
 * Which complaints a list shows: the filters asked for, within what the caller may see.
 *
 * @param visibleTo null for every complaint; otherwise only those the scope reaches
 */
public record ComplaintSearch(
    ComplaintStatus status,
    Severity severity,
    String community,
    String building,
    Instant receivedFrom,
    Instant receivedBefore,
    Scope visibleTo) {

  /**
   * R-CUST-5 staff see only what their work needs: complaints they received, that their group
   * handles or supervises, and (for customer relations) those waiting for or past their return
   * visit; community staff only within their communities (issue 16, identity.CommunityScope).
   *
   * @param communities the community codes within reach, or null for every community
   */
  public record Scope(
      String user, Set<String> groups, boolean returnVisits, Set<String> communities) {

    public Scope(String user, Set<String> groups, boolean returnVisits) {
      this(user, groups, returnVisits, null);
    }
  }

  Specification<Complaint> toSpecification() {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (status != null) {
        where.add(cb.equal(root.get("status"), status));
      }
      if (severity != null) {
        where.add(cb.equal(root.get("severity"), severity));
      }
      if (community != null) {
        where.add(cb.equal(root.get("communityCode"), community));
      }
      if (building != null) {
        where.add(cb.equal(root.get("building"), building));
      }
      if (receivedFrom != null) {
        where.add(cb.greaterThanOrEqualTo(root.get("receivedAt"), receivedFrom));
      }
      if (receivedBefore != null) {
        where.add(cb.lessThan(root.get("receivedAt"), receivedBefore));
      }
      if (visibleTo != null) {
        List<Predicate> reach = new ArrayList<>();
        reach.add(cb.equal(root.get("receivedBy"), visibleTo.user()));
        if (!visibleTo.groups().isEmpty()) {
          reach.add(root.get("handlerGroup").in(visibleTo.groups()));
          reach.add(root.get("supervisorGroup").in(visibleTo.groups()));
        }
        if (visibleTo.returnVisits()) {
          reach.add(
              root.get("status").in(ComplaintStatus.AWAITING_RETURN_VISIT, ComplaintStatus.CLOSED));
        }
        where.add(cb.or(reach.toArray(Predicate[]::new)));
        if (visibleTo.communities() != null) {
          where.add(
              visibleTo.communities().isEmpty()
                  ? cb.disjunction()
                  : root.get("communityCode").in(visibleTo.communities()));
        }
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  /** Whether one complaint is within the scope (same rule as the list). */
  public static boolean reaches(Scope scope, Complaint complaint) {
    if (scope != null
        && scope.communities() != null
        && !scope.communities().contains(complaint.getCommunityCode())) {
      return false;
    }
    return scope == null
        || scope.user().equals(complaint.getReceivedBy())
        || scope.groups().contains(complaint.getHandlerGroup())
        || scope.groups().contains(complaint.getSupervisorGroup())
        || (scope.returnVisits()
            && (complaint.getStatus() == ComplaintStatus.AWAITING_RETURN_VISIT
                || complaint.getStatus() == ComplaintStatus.CLOSED));
  }
}
