package com.wuye.complaints.complaint;

/**
 * Published (synchronously, in the closing transaction) when a complaint closes after its return
 * visit; listeners such as the case library (R-KPI-2) act on it without the closing step knowing
 * them.
 */
public record ComplaintClosed(long complaintId, String complaintNo, Severity severity) {}
