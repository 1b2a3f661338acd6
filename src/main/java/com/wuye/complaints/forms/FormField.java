package com.wuye.complaints.forms;

import java.util.Set;

/**
 * One field of a Camunda Form that a person fills in: what it is called, what kind of value it
 * takes, which values a choice allows, how long a text may be, and whether it holds personal data
 * (R-CUST-5: such a value reaches the process only as a transient variable, never engine history).
 * A choice whose options come from the platform's master data ({@code valuesKey}, e.g. the intake's
 * active communities) has no options here: the service that takes the value checks it.
 */
public record FormField(
    String key, Kind kind, Set<String> options, Integer maxLength, boolean personal) {

  public enum Kind {
    TEXT,
    NUMBER,
    YES_NO,
    CHOICE
  }
}
