package com.wuye.complaints.complaint;

/**
 * R-IN-2 the four-clears intake record: who, where, what, how many, and whether litigation or the
 * media are involved. Built by the intake parser, so a value here is already valid in form (the
 * community's existence is checked on registration). {@code madeAt} is when the complainant made
 * the complaint, if it was earlier than its recording (null: when received).
 */
public record NewComplaint(
    Channel channel,
    Category category,
    String complainantName,
    String complainantPhone,
    String community,
    String building,
    String unit,
    String room,
    String description,
    int collectiveSize,
    boolean inLitigation,
    boolean mediaExposed,
    boolean litigationOrMediaRisk,
    boolean needsOtherDepartments,
    String repeatOf,
    String receivedBy,
    String customerCategory,
    java.time.Instant madeAt) {

  /** The facts reported at intake (R-SEV). */
  public ComplaintFacts facts() {
    return new ComplaintFacts(
        inLitigation, mediaExposed, litigationOrMediaRisk, needsOtherDepartments, collectiveSize);
  }
}
