package com.wuye.complaints.intake;

import java.time.Instant;

/** What a channel learns when its complaint is registered. */
record IntakeResponse(
    String complaintNo,
    String severity,
    String handlerGroup,
    String status,
    Instant responseDueAt) {}
