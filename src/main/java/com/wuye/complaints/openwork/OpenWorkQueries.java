package com.wuye.complaints.openwork;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Issue 18: which open tasks a saved Tasklist filter shows a reader, answered from the read model:
 * the count, and the ids of one page in the filter's order. The conditions are the engine's — the
 * filter's criteria, the reader's READ (a per-task grant to one of their groups or to them, or
 * READ_TASK on the task's process definition) and the tenant check (no tenant, or one of theirs).
 */
@Component
class OpenWorkQueries {

  /** Who reads: as the engine knows them for this request. */
  record Reader(
      String user,
      Collection<String> groups,
      Collection<String> tenants,
      Collection<String> processKeys) {}

  /** A filter's criteria, with its expressions already evaluated. */
  record Criteria(
      Kind kind, boolean includeAssigned, Date dueBefore, Date dueAfter, String processKey) {}

  enum Kind {
    /** the reader's groups are candidates: {@code taskCandidateGroupIn(currentUserGroups())} */
    CANDIDATE_GROUPS,
    /** assigned to the reader: {@code taskAssignee(currentUser())} */
    ASSIGNED_TO_READER,
    /** no criterion on who: every task the reader may read */
    READABLE
  }

  /** One ordering: a column of the read model and its direction. */
  record Sort(String column, boolean descending) {}

  private final JdbcTemplate jdbc;

  /** Whether the database is H2, once known ({@link #communities}). */
  private volatile Boolean isH2;

  OpenWorkQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One range of an index: the rows of one reader id (or one process key, or one assignee) in the
   * reader's communities ({@link #communities}: one community at a time on H2). {@code from} is the
   * FROM and WHERE of it, {@code equal} the index columns its conditions hold constant: ordering by
   * them first and then by the filter's sorting lets H2 read a page straight from the index (H2
   * sorts every row of the range otherwise).
   */
  private record Range(String from, List<Object> args, String equal) {}

  long count(Reader reader, Criteria criteria) {
    List<Object> args = new ArrayList<>();
    String sql =
        switch (criteria.kind()) {
          // one group: (task, kind, reader) is the key, so each task is in one range
          case CANDIDATE_GROUPS ->
              reader.groups().size() == 1
                  ? "select " + sumOfCounts(candidates(reader, criteria), args)
                  : distinctCount(candidates(reader, criteria), args);
          case ASSIGNED_TO_READER ->
              "select " + sumOfCounts(assignedToReader(reader, criteria), args);
          case READABLE -> readableCount(reader, criteria, args);
        };
    Long count = jdbc.queryForObject(sql, Long.class, args.toArray());
    return count == null ? 0 : count;
  }

  /**
   * Every task the reader may read, counted without a union of everything: the tasks of the
   * readable process definitions (one range per definition, per community too on H2; no
   * de-duplication) plus the tasks the reader's groups or the reader hold a grant on that are not
   * among them (their reader rows, de-duplicated). The two sets are disjoint — a reader row carries
   * its task's process key — so the sum is the size of their union.
   */
  private String readableCount(Reader reader, Criteria criteria, List<Object> args) {
    List<Range> granted = granted(reader, criteria, true);
    if (reader.processKeys().isEmpty()) {
      return distinctCount(granted, args);
    }
    String definitions = sumOfCounts(definitions(reader, criteria), args);
    return "select " + definitions + " + (" + distinctCount(granted, args) + ")";
  }

  /** The ids of tasks {@code first} to {@code first + max - 1} in the filter's order. */
  List<String> page(Reader reader, Criteria criteria, List<Sort> sorting, int first, int max) {
    List<Range> ranges =
        switch (criteria.kind()) {
          case CANDIDATE_GROUPS -> candidates(reader, criteria);
          case ASSIGNED_TO_READER -> assignedToReader(reader, criteria);
          case READABLE -> {
            List<Range> all = new ArrayList<>(granted(reader, criteria, false));
            all.addAll(definitions(reader, criteria));
            yield all;
          }
        };
    // each range's first rows in the filter's order, from its index; the union removes a task
    // that two ranges hold (a group's grant and the reader's own) and orders the rest
    // (the constant columns lead the order on H2 only: MariaDB, when the connection's collation is
    // not the table's, no longer sees them as constant and sorts the whole range)
    List<Object> args = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    boolean h2 = onH2();
    for (Range range : ranges) {
      parts.add(
          "(select x.task_id, x.due_date, x.created from "
              + range.from()
              + " order by "
              + (h2 ? range.equal() + ", " : "")
              + orderBy(sorting, "x.")
              + " limit ?)");
      args.addAll(range.args());
      args.add(first + max);
    }
    JdbcTemplate firstRows = new JdbcTemplate(jdbc.getDataSource());
    firstRows.setMaxRows(first + max);
    List<String> ordered =
        firstRows.query(
            String.join(" union ", parts) + " order by " + orderBy(sorting, ""),
            (rs, row) -> rs.getString(1),
            args.toArray());
    // (a task whose reader rows disagree on its dates would come twice: once is enough)
    List<String> ids = List.copyOf(new LinkedHashSet<>(ordered));
    return ids.subList(Math.min(first, ids.size()), Math.min(ids.size(), first + max));
  }

  /** {@code (select count(*) from r1) + (select count(*) from r2) + …}: disjoint ranges. */
  private static String sumOfCounts(List<Range> ranges, List<Object> args) {
    List<String> counts = new ArrayList<>();
    for (Range range : ranges) {
      counts.add("(select count(*) from " + range.from() + ")");
      args.addAll(range.args());
    }
    return counts.isEmpty() ? "0" : String.join(" + ", counts);
  }

  /** The number of different tasks in ranges that may overlap. */
  private static String distinctCount(List<Range> ranges, List<Object> args) {
    List<String> ids = new ArrayList<>();
    for (Range range : ranges) {
      ids.add("select x.task_id from " + range.from());
      args.addAll(range.args());
    }
    return "select count(distinct u.task_id) from (" + String.join(" union all ", ids) + ") u";
  }

  /**
   * The candidate rows of the reader's groups that the reader may read: one range per group (and
   * community, on H2).
   */
  private List<Range> candidates(Reader reader, Criteria criteria) {
    List<Range> ranges = new ArrayList<>();
    for (String group : reader.groups()) {
      ranges.addAll(
          readerRows(
              reader,
              criteria,
              group,
              OpenWorkTables.CANDIDATE_GROUP,
              args ->
                  (criteria.includeAssigned() ? "" : " and x.assignee is null")
                      + " and "
                      + mayRead(reader, args)));
    }
    return ranges;
  }

  /** The reader's own tasks that the reader may read. */
  private List<Range> assignedToReader(Reader reader, Criteria criteria) {
    return ranges(
        reader,
        criteria,
        "open_task x where x.assignee = ?",
        List.of(reader.user()),
        "x.assignee",
        args -> " and " + mayRead(reader, args));
  }

  /**
   * The reader rows of the reader's groups' grants and the reader's own, one range per group (and
   * the reader); {@code outsideDefinitions}: only tasks not of a readable process definition
   * (counted apart).
   */
  private List<Range> granted(Reader reader, Criteria criteria, boolean outsideDefinitions) {
    Function<List<Object>, String> outside =
        args ->
            outsideDefinitions && !reader.processKeys().isEmpty()
                ? " and (x.process_key is null or x.process_key not in "
                    + in(reader.processKeys(), args)
                    + ")"
                : "";
    List<Range> ranges = new ArrayList<>();
    for (String group : reader.groups()) {
      ranges.addAll(readerRows(reader, criteria, group, OpenWorkTables.GROUP, outside));
    }
    ranges.addAll(readerRows(reader, criteria, reader.user(), OpenWorkTables.USER, outside));
    return ranges;
  }

  /** The reader rows of one reader id and kind. */
  private List<Range> readerRows(
      Reader reader,
      Criteria criteria,
      String readerId,
      String kind,
      Function<List<Object>, String> more) {
    return ranges(
        reader,
        criteria,
        "open_task_reader x where x.reader_id = ? and x.kind = ?",
        List.of(readerId, kind),
        "x.reader_id, x.kind",
        more);
  }

  /** The tasks of the readable process definitions: one range per definition. */
  private List<Range> definitions(Reader reader, Criteria criteria) {
    List<Range> ranges = new ArrayList<>();
    for (String key : reader.processKeys()) {
      ranges.addAll(
          ranges(
              reader,
              criteria,
              "open_task x where x.process_key = ?",
              List.of(key),
              "x.process_key",
              args -> ""));
    }
    return ranges;
  }

  /**
   * The ranges of one reader id, process key or assignee ({@code where}, with its arguments and the
   * index columns it holds constant): one for the reader's communities, or one per community on H2
   * ({@link #communities}), each with the filter's criteria and then {@code more} (which adds its
   * own arguments).
   */
  private List<Range> ranges(
      Reader reader,
      Criteria criteria,
      String where,
      List<Object> whereArgs,
      String equal,
      Function<List<Object>, String> more) {
    List<Range> ranges = new ArrayList<>();
    for (Community community : communities(reader)) {
      List<Object> args = new ArrayList<>(whereArgs);
      args.addAll(community.args());
      String conditions = conditions(criteria, args);
      String sql = where + community.condition() + conditions + more.apply(args);
      ranges.add(new Range(sql, args, equal + community.equal()));
    }
    return ranges;
  }

  /** The engine's READ check on one task row x. */
  private static String mayRead(Reader reader, List<Object> args) {
    StringBuilder sql = new StringBuilder("(");
    if (!reader.processKeys().isEmpty()) {
      sql.append("x.process_key in ").append(in(reader.processKeys(), args)).append(" or ");
    }
    sql.append(
        "exists (select 1 from open_task_reader r where r.task_id = x.task_id and ((r.kind = ?"
            + " and r.reader_id in ");
    args.add(OpenWorkTables.GROUP);
    sql.append(in(reader.groups(), args));
    sql.append(") or (r.kind = ? and r.reader_id = ?))))");
    args.add(OpenWorkTables.USER);
    args.add(reader.user());
    return sql.toString();
  }

  /**
   * The engine's tenant check on row x: a task of no tenant is shown to everyone whose grants allow
   * it, a task of a tenant to its members. {@code equal}: the index column it holds constant, if
   * any.
   */
  private record Community(String condition, List<Object> args, String equal) {}

  /**
   * The tenant check as ranges. On H2, one range per tenant of the reader and one for no tenant: H2
   * reads "no tenant or one of these" (and a list of tenants after the first index column) as a
   * filter over every row of the reader, and sorts them all for a page. MySQL and MariaDB read the
   * whole condition as index ranges of one statement, with the indexes of V29; they need no split.
   */
  private List<Community> communities(Reader reader) {
    List<Community> all = new ArrayList<>();
    if (reader.tenants().isEmpty()) {
      all.add(new Community(" and x.tenant_id is null", List.of(), ", x.tenant_id"));
    } else if (!onH2()) {
      List<Object> args = new ArrayList<>();
      all.add(
          new Community(
              " and (x.tenant_id is null or x.tenant_id in " + in(reader.tenants(), args) + ")",
              args,
              ""));
    } else {
      for (String tenant : reader.tenants()) {
        all.add(new Community(" and x.tenant_id = ?", List.of(tenant), ", x.tenant_id"));
      }
      all.add(new Community(" and x.tenant_id is null", List.of(), ", x.tenant_id"));
    }
    return all;
  }

  /** Whether the database is H2 (asked once). */
  private boolean onH2() {
    Boolean h2 = isH2;
    if (h2 == null) {
      String product =
          jdbc.execute(
              (org.springframework.jdbc.core.ConnectionCallback<String>)
                  connection -> connection.getMetaData().getDatabaseProductName());
      h2 = product != null && product.startsWith("H2");
      isH2 = h2;
    }
    return h2;
  }

  /** The filter's own criteria on row x. */
  private static String conditions(Criteria criteria, List<Object> args) {
    StringBuilder sql = new StringBuilder();
    if (criteria.dueBefore() != null) {
      sql.append(" and x.due_date < ?");
      args.add(new Timestamp(criteria.dueBefore().getTime()));
    }
    if (criteria.dueAfter() != null) {
      sql.append(" and x.due_date > ?");
      args.add(new Timestamp(criteria.dueAfter().getTime()));
    }
    if (criteria.processKey() != null) {
      sql.append(" and x.process_key = ?");
      args.add(criteria.processKey());
    }
    return sql.toString();
  }

  private static String in(Collection<String> values, List<Object> args) {
    args.addAll(values);
    return "(" + String.join(", ", values.stream().map(v -> "?").toList()) + ")";
  }

  /**
   * The filter's sorting, then the task id; {@code alias}: "x." inside a range, "" over the union.
   */
  private static String orderBy(List<Sort> sorting, String alias) {
    StringBuilder sql = new StringBuilder();
    Set<String> sorted = new HashSet<>();
    for (Sort sort : sorting) {
      if (!sorted.add(sort.column())) {
        continue; // a column sorted again changes nothing (Tasklist repeats the filter's sorting)
      }
      sql.append(alias).append(sort.column()).append(sort.descending() ? " desc" : " asc");
      sql.append(", ");
    }
    return sql.append(alias).append("task_id asc").toString();
  }
}
