package com.wuye.complaints.openwork;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Issue 18: the platform's own per-task grants and revocations (identity/SupervisionAccess,
 * identity/TaskAccess), told to the read model of open work. Inside an engine command they are
 * written when the command flushes, in its transaction; outside one, at once on the caller's
 * connection.
 */
@Service
public class OpenWork {

  /** A page of a saved filter as the read model answers it: the tasks' ids and the count. */
  public record Page(List<String> taskIds, long count) {}

  private final OpenWorkTables tables;
  private final OpenWorkRebuild rebuild;
  private final OpenWorkReaders readers;
  private final OpenWorkQueries queries;

  OpenWork(
      OpenWorkTables tables,
      OpenWorkRebuild rebuild,
      OpenWorkReaders readers,
      OpenWorkQueries queries) {
    this.tables = tables;
    this.rebuild = rebuild;
    this.readers = readers;
    this.queries = queries;
  }

  /**
   * What Tasklist's request for a page of the saved filter, sorted by due date, gets from the read
   * model for this reader (their groups and tenants as the engine knows them) — the part in front
   * of the engine's fetch of the page; empty when the engine answers alone.
   */
  public Optional<Page> page(
      String user,
      Collection<String> groups,
      Collection<String> tenants,
      String filterId,
      int first,
      int max) {
    return readers
        .reader(user, groups, tenants, filterId)
        .flatMap(
            reader ->
                readers
                    .filterQuery(filterId)
                    .flatMap(query -> TasklistFilterShape.of(query, null))
                    .map(
                        plan ->
                            new Page(
                                queries.page(reader, plan.criteria(), plan.sorting(), first, max),
                                queries.count(reader, plan.criteria()))));
  }

  /**
   * Fills the read model from the engine's tables where a fill has not finished (start-up does
   * this; {@link OpenWorkRebuild}); the number of tasks written.
   */
  public int fill() {
    return rebuild.fill();
  }

  /** The group was granted READ on the task. */
  public void groupMayRead(String taskId, String group) {
    change(taskId, OpenWorkTables.GROUP, group, true);
  }

  /** The group's grants on the task were deleted. */
  public void groupMayNoLongerRead(String taskId, String group) {
    change(taskId, OpenWorkTables.GROUP, group, false);
  }

  /** The user's grants on the task were deleted. */
  public void userMayNoLongerRead(String taskId, String user) {
    change(taskId, OpenWorkTables.USER, user, false);
  }

  private void change(String taskId, String kind, String reader, boolean added) {
    OpenWorkSession session = OpenWorkSession.current();
    if (session != null) {
      if (added) {
        session.readerAdded(taskId, kind, reader);
      } else {
        session.readerRemoved(taskId, kind, reader);
      }
    } else if (added) {
      tables.addReader(taskId, kind, reader, false);
    } else {
      tables.removeReader(taskId, kind, reader);
    }
  }
}
