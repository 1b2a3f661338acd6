package com.wuye.complaints.escalation;

import com.wuye.complaints.complaint.Severity;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;

/**
 * R-ESC-4 with R-ESC-1: the next level of the chain officer → project manager → GM's assistant →
 * general manager is the next higher severity, because complaint-responsibility gives each severity
 * the next handler of the chain.
 */
final class EscalationLadder {

  private EscalationLadder() {
  }

  static Severity nextLevel(Severity current) {
    return switch (current) {
      case GENERAL -> Severity.IMPORTANT;
      case IMPORTANT -> Severity.HOT;
      case HOT -> Severity.MAJOR;
      case MAJOR -> throw new InvalidInputException(new FieldError("escalate",
          "已由总经理处理，无法再升级", "the general manager handles it already: there is no higher level"));
    };
  }
}
