package com.wuye.complaints.intake;

import java.time.Instant;
import java.util.List;

/** What the process needs to know about a complaint just registered. */
record Registration(long complaintId, String complaintNo, Instant receivedAt, Instant madeAt, int sameIssueComplainants,
    boolean repeatAfterHandling, List<String> sameIssueComplaintsToRaise) {
}
