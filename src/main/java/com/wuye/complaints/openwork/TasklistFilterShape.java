package com.wuye.complaints.openwork;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuye.complaints.openwork.OpenWorkQueries.Criteria;
import com.wuye.complaints.openwork.OpenWorkQueries.Kind;
import com.wuye.complaints.openwork.OpenWorkQueries.Sort;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryProperty;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Issue 18: a saved filter's query and Tasklist's request, when the read model understands every
 * part of them — the shapes of the platform's own filters (tasklist/TaskFilterSetup): the reader's
 * groups as candidates (with or without assigned tasks), the reader as assignee, or no criterion on
 * who; due before/after {@code now()} or {@code dateTime()…toDate()}; one process definition key;
 * ordered by due date or creation. Anything else is empty: the engine answers alone.
 */
final class TasklistFilterShape {

  /** What the read model answers: the filter's criteria and the page's order. */
  record Plan(Criteria criteria, List<Sort> sorting) {}

  /** The fields of a stored query the read model understands (JsonTaskQueryConverter's names). */
  private static final Set<String> QUERY_FIELDS =
      Set.of(
          "taskCandidateGroupInExpression",
          "includeAssignedTasks",
          "taskAssigneeExpression",
          "dueBeforeExpression",
          "dueAfterExpression",
          "processDefinitionKey",
          "orderingProperties");

  /** What Tasklist's request may carry besides its sorting: only empty lists. */
  private static final Set<String> EMPTY_REQUEST_LISTS =
      Set.of("processVariables", "taskVariables", "caseInstanceVariables", "orQueries");

  private static final Pattern DATE_EXPRESSION =
      Pattern.compile(
          "\\$\\{(now\\(\\)|dateTime\\(\\)((\\.(plus|minus)(Minutes|Hours|Days|Weeks)\\([0-9]{1,4}\\))*)"
              + "\\.toDate\\(\\))}");
  private static final Pattern DATE_STEP =
      Pattern.compile("\\.(plus|minus)(Minutes|Hours|Days|Weeks)\\(([0-9]{1,4})\\)");

  private static final ObjectMapper JSON = new ObjectMapper();

  private TasklistFilterShape() {}

  /** The plan for this filter's query and Tasklist's request body (null: no body). */
  static Optional<Plan> of(TaskQueryImpl query, JsonNode request) {
    JsonNode stored;
    try {
      stored = JSON.readTree(new JsonTaskQueryConverter().toJsonObject(query).toString());
    } catch (Exception e) {
      return Optional.empty();
    }
    for (Iterator<String> names = stored.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!QUERY_FIELDS.contains(name)) {
        return Optional.empty();
      }
    }
    String groups = stored.path("taskCandidateGroupInExpression").asText(null);
    String assignee = stored.path("taskAssigneeExpression").asText(null);
    Kind kind;
    if (groups != null && assignee == null) {
      if (!"${currentUserGroups()}".equals(groups)) {
        return Optional.empty();
      }
      kind = Kind.CANDIDATE_GROUPS;
    } else if (assignee != null && groups == null) {
      if (!"${currentUser()}".equals(assignee)) {
        return Optional.empty();
      }
      kind = Kind.ASSIGNED_TO_READER;
    } else if (groups == null) {
      kind = Kind.READABLE;
    } else {
      return Optional.empty();
    }
    Optional<Date> dueBefore;
    Optional<Date> dueAfter;
    try {
      dueBefore = date(stored.path("dueBeforeExpression").asText(null));
      dueAfter = date(stored.path("dueAfterExpression").asText(null));
    } catch (IllegalArgumentException unknown) {
      return Optional.empty();
    }
    List<Sort> sorting = new ArrayList<>();
    if (query.getOrderingProperties() != null) {
      for (QueryOrderingProperty ordering : query.getOrderingProperties()) {
        Sort sort = sort(ordering);
        if (sort == null) {
          return Optional.empty();
        }
        sorting.add(sort);
      }
    }
    if (request != null && !requestSorting(request, sorting)) {
      return Optional.empty();
    }
    return Optional.of(
        new Plan(
            new Criteria(
                kind,
                stored.path("includeAssignedTasks").asBoolean(false),
                dueBefore.orElse(null),
                dueAfter.orElse(null),
                stored.path("processDefinitionKey").asText(null)),
            sorting));
  }

  /** Adds the request's sorting after the filter's (as TaskQueryImpl.extend orders them). */
  private static boolean requestSorting(JsonNode request, List<Sort> sorting) {
    if (!request.isObject()) {
      return false;
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = request.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (EMPTY_REQUEST_LISTS.contains(field.getKey())) {
        if (!field.getValue().isArray() || !field.getValue().isEmpty()) {
          return false;
        }
      } else if (field.getKey().equals("sorting") && field.getValue().isArray()) {
        for (JsonNode sort : field.getValue()) {
          if (sort.size() != 2) {
            return false;
          }
          String column =
              switch (sort.path("sortBy").asText("")) {
                case "dueDate" -> "due_date";
                case "created" -> "created";
                default -> null;
              };
          String order = sort.path("sortOrder").asText("");
          if (column == null || !(order.equals("asc") || order.equals("desc"))) {
            return false;
          }
          sorting.add(new Sort(column, order.equals("desc")));
        }
      } else {
        return false;
      }
    }
    return true;
  }

  private static Sort sort(QueryOrderingProperty ordering) {
    if (ordering.getRelation() != null || ordering.getQueryProperty() == null) {
      return null;
    }
    String name = ordering.getQueryProperty().getName();
    String column;
    if (TaskQueryProperty.DUE_DATE.getName().equals(name)) {
      column = "due_date";
    } else if (TaskQueryProperty.CREATE_TIME.getName().equals(name)) {
      column = "created";
    } else {
      return null;
    }
    return new Sort(column, ordering.getDirection() == Direction.DESCENDING);
  }

  /**
   * The date an expression of the platform's filters stands for, now (the engine's clock); empty
   * for no expression.
   *
   * @throws IllegalArgumentException for an expression it does not know
   */
  static Optional<Date> date(String expression) {
    if (expression == null) {
      return Optional.empty();
    }
    Matcher matcher = DATE_EXPRESSION.matcher(expression);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not a date of the platform's filters: " + expression);
    }
    ZonedDateTime time = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault());
    if (matcher.group(2) != null) {
      Matcher step = DATE_STEP.matcher(matcher.group(2));
      while (step.find()) {
        long amount = Long.parseLong(step.group(3)) * (step.group(1).equals("minus") ? -1 : 1);
        time =
            switch (step.group(2)) {
              case "Minutes" -> time.plusMinutes(amount);
              case "Hours" -> time.plusHours(amount);
              case "Days" -> time.plusDays(amount);
              default -> time.plusWeeks(amount);
            };
      }
    }
    return Optional.of(Date.from(time.toInstant()));
  }
}
