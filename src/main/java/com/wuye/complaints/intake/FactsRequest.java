package com.wuye.complaints.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** New facts about an open complaint (R-SEV-UP): only what is given is reported; facts only add. */
record FactsRequest(
    @Min(value = 1, message = "invalid.intake.collectivesize-least-1")
        @Max(value = 100000, message = "invalid.intake.collectivesize-most-100000")
        Integer collectiveSize,
    Boolean inLitigation,
    Boolean mediaExposed,
    Boolean litigationOrMediaRisk,
    Boolean needsOtherDepartments,
    @Size(max = 500, message = "invalid.intake.note-most-500-characters") String note) {

  boolean isEmpty() {
    return collectiveSize == null
        && inLitigation == null
        && mediaExposed == null
        && litigationOrMediaRisk == null
        && needsOtherDepartments == null;
  }
}
