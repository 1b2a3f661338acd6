package com.wuye.complaints.intake;

import java.time.Instant;
import java.util.List;

/**
 * What the process needs to know about a complaint just registered. namedStaff: R-RESP, R-VISIT-1
 * the user id of the staff member it is about, as the engine spells it (null: none).
 * escalationLevel: the level of the chain above the staff member the complaint names (null: none,
 * or not on the chain).
 */
record Registration(
    long complaintId,
    String complaintNo,
    Instant receivedAt,
    Instant madeAt,
    int sameIssueComplainants,
    boolean repeatAfterHandling,
    List<String> sameIssueComplaintsToRaise,
    String namedStaff,
    String escalationLevel) {}
