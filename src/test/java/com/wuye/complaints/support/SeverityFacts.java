package com.wuye.complaints.support;

import java.util.HashMap;
import java.util.Map;

/** The inputs of decision complaint-severity, for the tests that evaluate it on its own. */
public final class SeverityFacts {

  private SeverityFacts() {}

  /** A plain complaint (GENERAL), with the named facts changed: name, value, name, value… */
  public static Map<String, Object> facts(Object... changes) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("inLitigation", false);
    facts.put("mediaExposed", false);
    facts.put("litigationOrMediaRisk", false);
    facts.put("collectiveSize", 1);
    facts.put("sameIssueComplainants30d", 1);
    facts.put("daysUnresolved", 0);
    facts.put("repeatAfterHandling", false);
    facts.put("needsOtherDepartments", false);
    for (int i = 0; i < changes.length; i += 2) {
      facts.put((String) changes[i], changes[i + 1]);
    }
    return facts;
  }
}
