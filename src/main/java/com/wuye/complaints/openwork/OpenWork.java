package com.wuye.complaints.openwork;

import org.springframework.stereotype.Service;

/**
 * Issue 18: the platform's own per-task grants and revocations (identity/SupervisionAccess,
 * identity/TaskAccess), told to the read model of open work. Inside an engine command they are
 * written when the command flushes, in its transaction; outside one, at once on the caller's
 * connection.
 */
@Service
public class OpenWork {

  private final OpenWorkTables tables;
  private final OpenWorkRebuild rebuild;

  OpenWork(OpenWorkTables tables, OpenWorkRebuild rebuild) {
    this.tables = tables;
    this.rebuild = rebuild;
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
