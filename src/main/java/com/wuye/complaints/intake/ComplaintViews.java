package com.wuye.complaints.intake;

import java.time.Instant;
import java.util.List;

/**
 * What the API shows of complaints. Names and phones are masked unless the caller's step needs them
 * (R-CUST-5).
 */
final class ComplaintViews {

  private ComplaintViews() {}

  record Contact(String name, String phone, boolean masked) {}

  record Summary(
      String complaintNo,
      String status,
      String severity,
      String channel,
      String category,
      String community,
      String building,
      String unit,
      String room,
      Contact complainant,
      String handlerGroup,
      Instant receivedAt,
      Instant responseDueAt) {}

  record SeverityStep(String from, String to, String reason, String changedBy, Instant changedAt) {}

  record OpenTask(
      String id,
      String name,
      String taskDefinitionKey,
      List<String> candidateGroups,
      String assignee,
      Instant due) {}

  record TimelineEntry(String type, String actor, String detail, Instant at) {}

  record Detail(
      String complaintNo,
      String status,
      String severity,
      String channel,
      String category,
      String community,
      String building,
      String unit,
      String room,
      Contact complainant,
      String description,
      int collectiveSize,
      boolean inLitigation,
      boolean mediaExposed,
      boolean litigationOrMediaRisk,
      boolean needsOtherDepartments,
      String repeatOf,
      String handlerGroup,
      String supervisorGroup,
      String escalationLevel,
      String receivedBy,
      Instant receivedAt,
      Instant madeAt,
      Instant responseDueAt,
      Instant firstContactAt,
      Instant closedAt,
      String verificationOutcome,
      String outcomeReason,
      String satisfaction,
      List<SeverityStep> severityHistory,
      List<OpenTask> openTasks,
      List<TimelineEntry> timeline) {}

  record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {}
}
