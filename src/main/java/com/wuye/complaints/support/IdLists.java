package com.wuye.complaints.support;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code ${idLists.of(sameIssueComplaintsToRaise)}} in the models: a multi-instance activity over
 * the ids or numbers a variable holds comma-separated (a plain string: no serialized Java objects
 * in the engine's tables). An empty string is an empty list, and the activity is skipped.
 */
@Component("idLists")
public class IdLists {

  public List<String> of(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return List.of();
    }
    return Arrays.stream(commaSeparated.split(","))
        .map(String::trim)
        .filter(id -> !id.isEmpty())
        .toList();
  }
}
