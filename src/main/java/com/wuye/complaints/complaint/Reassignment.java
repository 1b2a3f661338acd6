package com.wuye.complaints.complaint;

/** The outcome of (re)assigning a complaint: who had it, who has it now. */
public record Reassignment(
    String complaintNo,
    String previousHandlerGroup,
    String handlerGroup,
    String supervisorGroup,
    boolean changed) {

  public boolean isEscalation() {
    return changed && previousHandlerGroup != null && !previousHandlerGroup.equals(handlerGroup);
  }
}
