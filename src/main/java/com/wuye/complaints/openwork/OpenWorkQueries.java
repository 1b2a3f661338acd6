package com.wuye.complaints.openwork;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  private record Row(String taskId, Timestamp dueDate, Timestamp created) {}

  private final JdbcTemplate jdbc;

  OpenWorkQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long count(Reader reader, Criteria criteria) {
    List<Object> args = new ArrayList<>();
    String sql =
        switch (criteria.kind()) {
          case CANDIDATE_GROUPS ->
              // one group: (task, kind, reader) is the key, so each task has one row to count
              (reader.groups().size() == 1
                      ? "select count(*) from "
                      : "select count(distinct x.task_id) from ")
                  + candidates(reader, reader.groups(), criteria, args);
          case ASSIGNED_TO_READER ->
              "select count(*) from " + assignedToReader(reader, criteria, args);
          case READABLE -> readableCount(reader, criteria, args);
        };
    Long count = jdbc.queryForObject(sql, Long.class, args.toArray());
    return count == null ? 0 : count;
  }

  /**
   * Every task the reader may read, counted without a union: the tasks of the readable process
   * definitions (one range of an index of {@code open_task}, no de-duplication) plus the tasks the
   * reader's groups or the reader hold a grant on that are not among them (their reader rows, a few
   * index ranges). The two sets are disjoint — a reader row carries its task's process key — so the
   * sum is the size of their union.
   */
  private String readableCount(Reader reader, Criteria criteria, List<Object> args) {
    List<Object> grantedArgs = new ArrayList<>();
    StringBuilder granted =
        new StringBuilder(
            "select count(distinct x.task_id) from open_task_reader x where ((x.kind = ?"
                + " and x.reader_id in ");
    grantedArgs.add(OpenWorkTables.GROUP);
    granted.append(in(reader.groups(), grantedArgs));
    granted.append(") or (x.kind = ? and x.reader_id = ?))");
    grantedArgs.add(OpenWorkTables.USER);
    grantedArgs.add(reader.user());
    granted.append(conditions(reader, criteria, grantedArgs));
    if (reader.processKeys().isEmpty()) {
      args.addAll(grantedArgs);
      return granted.toString();
    }
    granted.append(" and (x.process_key is null or x.process_key not in ");
    granted.append(in(reader.processKeys(), grantedArgs)).append(")");
    StringBuilder definitions =
        new StringBuilder("select count(*) from open_task x where x.process_key in ");
    definitions.append(in(reader.processKeys(), args));
    definitions.append(conditions(reader, criteria, args));
    args.addAll(grantedArgs);
    return "select (" + definitions + ") + (" + granted + ")";
  }

  /** The ids of tasks {@code first} to {@code first + max - 1} in the filter's order. */
  List<String> page(Reader reader, Criteria criteria, List<Sort> sorting, int first, int max) {
    List<String> branches = new ArrayList<>();
    List<List<Object>> branchArgs = new ArrayList<>();
    switch (criteria.kind()) {
      case CANDIDATE_GROUPS -> {
        // one branch per group: each has one row per task (the key), so none needs a DISTINCT
        // and its first rows come straight from the index; the merge below removes repeats
        for (String group : reader.groups()) {
          List<Object> args = new ArrayList<>();
          branches.add(
              "select x.task_id, x.due_date, x.created from "
                  + candidates(reader, List.of(group), criteria, args));
          branchArgs.add(args);
        }
      }
      case ASSIGNED_TO_READER -> {
        List<Object> args = new ArrayList<>();
        branches.add(
            "select x.task_id, x.due_date, x.created from "
                + assignedToReader(reader, criteria, args));
        branchArgs.add(args);
      }
      case READABLE -> {
        for (int i = 0; i < readableBranches(reader); i++) {
          List<Object> args = new ArrayList<>();
          branches.add(
              "select x.task_id, x.due_date, x.created from "
                  + readableBranch(reader, criteria, i, args));
          branchArgs.add(args);
        }
      }
    }
    String orderBy = orderBy(sorting);
    JdbcTemplate firstRows = new JdbcTemplate(jdbc.getDataSource());
    firstRows.setMaxRows(first + max);
    Map<String, Row> rows = new LinkedHashMap<>();
    for (int i = 0; i < branches.size(); i++) {
      firstRows.query(
          branches.get(i) + orderBy,
          rs -> {
            rows.putIfAbsent(
                rs.getString(1), new Row(rs.getString(1), rs.getTimestamp(2), rs.getTimestamp(3)));
          },
          branchArgs.get(i).toArray());
    }
    List<Row> merged = new ArrayList<>(rows.values());
    merged.sort(comparator(sorting));
    List<String> ids = new ArrayList<>();
    for (int i = first; i < Math.min(merged.size(), first + max); i++) {
      ids.add(merged.get(i).taskId());
    }
    return ids;
  }

  /** The candidate rows of the given groups of the reader that the reader may read. */
  private String candidates(
      Reader reader, Collection<String> groups, Criteria criteria, List<Object> args) {
    StringBuilder sql =
        new StringBuilder("open_task_reader x where x.kind = ? and x.reader_id in ");
    args.add(OpenWorkTables.CANDIDATE_GROUP);
    sql.append(in(groups, args));
    if (!criteria.includeAssigned()) {
      sql.append(" and x.assignee is null");
    }
    sql.append(conditions(reader, criteria, args));
    sql.append(" and ").append(mayRead(reader, args));
    return sql.toString();
  }

  private String assignedToReader(Reader reader, Criteria criteria, List<Object> args) {
    StringBuilder sql = new StringBuilder("open_task x where x.assignee = ?");
    args.add(reader.user());
    sql.append(conditions(reader, criteria, args));
    sql.append(" and ").append(mayRead(reader, args));
    return sql.toString();
  }

  /** Groups' grants, the user's grants and, if any, the readable process definitions. */
  private static int readableBranches(Reader reader) {
    return reader.processKeys().isEmpty() ? 2 : 3;
  }

  private String readableBranch(Reader reader, Criteria criteria, int branch, List<Object> args) {
    StringBuilder sql = new StringBuilder();
    switch (branch) {
      case 0 -> {
        sql.append("open_task_reader x where x.kind = ? and x.reader_id in ");
        args.add(OpenWorkTables.GROUP);
        sql.append(in(reader.groups(), args));
      }
      case 1 -> {
        sql.append("open_task_reader x where x.kind = ? and x.reader_id = ?");
        args.add(OpenWorkTables.USER);
        args.add(reader.user());
      }
      default -> {
        sql.append("open_task x where x.process_key in ");
        sql.append(in(reader.processKeys(), args));
      }
    }
    sql.append(conditions(reader, criteria, args));
    return sql.toString();
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

  /** The tenant check and the filter's own criteria on row x. */
  private static String conditions(Reader reader, Criteria criteria, List<Object> args) {
    StringBuilder sql = new StringBuilder();
    if (reader.tenants().isEmpty()) {
      sql.append(" and x.tenant_id is null");
    } else {
      sql.append(" and (x.tenant_id is null or x.tenant_id in ")
          .append(in(reader.tenants(), args))
          .append(")");
    }
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

  private static String orderBy(List<Sort> sorting) {
    StringBuilder sql = new StringBuilder(" order by ");
    for (Sort sort : sorting) {
      sql.append("x.").append(sort.column()).append(sort.descending() ? " desc" : " asc");
      sql.append(", ");
    }
    return sql.append("x.task_id asc").toString();
  }

  /** The order of {@link #orderBy} in Java (null first when ascending, as both databases sort). */
  private static Comparator<Row> comparator(List<Sort> sorting) {
    Comparator<Row> order = (a, b) -> 0;
    for (Sort sort : sorting) {
      Comparator<Row> column =
          Comparator.comparing(
              (Row row) -> "created".equals(sort.column()) ? row.created() : row.dueDate(),
              Comparator.nullsFirst(Comparator.<Timestamp>naturalOrder()));
      order = order.thenComparing(sort.descending() ? column.reversed() : column);
    }
    return order.thenComparing(Row::taskId);
  }
}
