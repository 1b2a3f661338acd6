package com.wuye.complaints.escalation;

import com.wuye.complaints.support.DecisionTables;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * R-ESC-1, R-ESC-4: the chain of handler levels as decision escalation-chain gives it (the order
 * lives in the model, not here). An escalation level is a handler group of the chain.
 */
@Component
public class EscalationChain {

  static final String DECISION = "escalation-chain";

  private final DecisionTables tables;

  EscalationChain(DecisionTables tables) {
    this.tables = tables;
  }

  /** The level above {@code level}; refused (400) at the top of the chain. */
  String nextLevel(String level) {
    Map<String, Object> step = step(level);
    if (step == null) {
      throw new InvalidInputException(
          FieldError.of(
              "escalate", "invalid.escalation.current-handler-not-on-escalation-chain", level));
    }
    String next = (String) step.get("nextLevel");
    if (next == null) {
      throw new InvalidInputException(
          FieldError.of("escalate", "invalid.escalation.general-manager-handles-already-there-no"));
    }
    return next;
  }

  /**
   * R-RESP, R-ESC-1: the level of the chain above the highest of {@code groups} that is on it (a
   * complaint about a member of those groups goes there); the top of the chain stays the top; empty
   * when none of the groups is on the chain.
   */
  public java.util.Optional<String> levelAbove(java.util.Collection<String> groups) {
    String highest = null;
    int highestRank = 0;
    for (String group : groups) {
      int rank = rank(group);
      if (rank > highestRank) {
        highest = group;
        highestRank = rank;
      }
    }
    if (highest == null) {
      return java.util.Optional.empty();
    }
    String next = (String) step(highest).get("nextLevel");
    return java.util.Optional.of(next == null ? highest : next);
  }

  /** The higher-ranked of the severity's handler and the escalation level (null: not escalated). */
  String higherOf(String severityHandler, String escalationLevel) {
    if (escalationLevel == null || escalationLevel.equals(severityHandler)) {
      return severityHandler;
    }
    return rank(escalationLevel) > rank(severityHandler) ? escalationLevel : severityHandler;
  }

  /**
   * A handler group the chain does not know (none today) ranks below it: a level of the chain
   * outranks it.
   */
  private int rank(String level) {
    Map<String, Object> step = step(level);
    return step == null ? 0 : ((Number) step.get("rank")).intValue();
  }

  // the process's own bookkeeping, whoever's action triggered it (DecisionTables: SystemWork);
  // null for a group the chain does not know
  private Map<String, Object> step(String level) {
    return tables.row(DECISION, Map.of("level", level));
  }
}
