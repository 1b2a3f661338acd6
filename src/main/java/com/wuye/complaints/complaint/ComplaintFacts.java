package com.wuye.complaints.complaint;

/** The facts of a complaint that its severity depends on (R-SEV). */
public record ComplaintFacts(
    boolean inLitigation,
    boolean mediaExposed,
    boolean litigationOrMediaRisk,
    boolean needsOtherDepartments,
    int collectiveSize) {}
