package com.wuye.complaints.complaint;

/**
 * The outcome of (re)assigning a complaint: who had it, who has it now (the previous groups are
 * null at intake).
 */
public record Reassignment(
    String complaintNo,
    String previousHandlerGroup,
    String handlerGroup,
    String previousSupervisorGroup,
    String supervisorGroup,
    boolean changed) {

  /** Whether the supervising group is the one the complaint had before (never at intake). */
  public boolean keepsSupervisor() {
    return previousSupervisorGroup != null && previousSupervisorGroup.equals(supervisorGroup);
  }

  public boolean isEscalation() {
    return changed && previousHandlerGroup != null && !previousHandlerGroup.equals(handlerGroup);
  }
}
