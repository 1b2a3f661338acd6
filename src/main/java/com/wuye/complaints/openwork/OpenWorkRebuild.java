package com.wuye.complaints.openwork;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 18: fills the read model of open work from the engine's own tables once, when a database
 * has open tasks from before it (an upgrade, or rows written past the engine): in batches of tasks
 * by id, each in a transaction of its own that first locks the one {@code open_work_state} row, so
 * two nodes starting together take turns and the second carries on where the first got to. Until it
 * is done, Tasklist is answered by the engine alone. The per-task grants are read from {@code
 * ACT_RU_AUTHORIZATION} itself, so a fill holds exactly what the engine checks.
 */
@Component
@Order(1)
class OpenWorkRebuild implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(OpenWorkRebuild.class);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final OpenWorkTables tables;
  private final int batch;

  OpenWorkRebuild(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      OpenWorkTables tables,
      @Value("${complaints.open-work.fill-batch:500}") int batch) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactions);
    this.tables = tables;
    this.batch = batch;
  }

  @Override
  public void run(ApplicationArguments args) {
    fill();
  }

  /** Fills what is missing; returns the number of tasks written (0 when it was filled already). */
  int fill() {
    int written = 0;
    long started = System.nanoTime();
    while (true) {
      Integer done = transactions.execute(status -> nextBatch());
      if (done == null || done < 0) {
        break;
      }
      written += done;
      LOG.info("open work: {} open tasks filled into the read model so far", written);
    }
    if (written > 0) {
      LOG.info(
          "open work: the read model holds {} open tasks, filled in {} ms",
          written,
          (System.nanoTime() - started) / 1_000_000);
    }
    return written;
  }

  /** One batch under the state row's lock; -1 when the model is (now) filled. */
  private int nextBatch() {
    Map<String, Object> state =
        jdbc.queryForMap(
            "select filled, filled_through from open_work_state where id = 1 for update");
    if (Boolean.TRUE.equals(state.get("filled"))) {
      return -1;
    }
    String after = (String) state.get("filled_through");
    JdbcTemplate firstRows = new JdbcTemplate(jdbc.getDataSource());
    firstRows.setMaxRows(batch);
    List<String> ids =
        firstRows.queryForList(
            "select ID_ from ACT_RU_TASK where ID_ > ? order by ID_",
            String.class,
            after == null ? "" : after);
    if (ids.isEmpty()) {
      // a fill over rows held already (filled again by hand) drops the tasks no longer open
      jdbc.update(
          "delete from open_task_reader where not exists (select 1 from ACT_RU_TASK T where T.ID_"
              + " = open_task_reader.task_id)");
      jdbc.update(
          "delete from open_task where not exists (select 1 from ACT_RU_TASK T where T.ID_ ="
              + " open_task.task_id)");
      jdbc.update("update open_work_state set filled = ? where id = 1", true);
      return -1;
    }
    write(ids);
    jdbc.update(
        "update open_work_state set filled_through = ? where id = 1", ids.get(ids.size() - 1));
    return ids.size();
  }

  private void write(List<String> ids) {
    String in = String.join(",", Collections.nCopies(ids.size(), "?"));
    Object[] args = ids.toArray();
    jdbc.update("delete from open_task_reader where task_id in (" + in + ")", args);
    jdbc.update("delete from open_task where task_id in (" + in + ")", args);
    jdbc.update(
        "insert into open_task (task_id, process_key, tenant_id, assignee, due_date, created)"
            + " select T.ID_, P.KEY_, T.TENANT_ID_, T.ASSIGNEE_, T.DUE_DATE_, T.CREATE_TIME_"
            + " from ACT_RU_TASK T left join ACT_RE_PROCDEF P on P.ID_ = T.PROC_DEF_ID_"
            + " where T.ID_ in ("
            + in
            + ")",
        args);
    Map<String, List<String[]>> readers = new HashMap<>();
    jdbc.query(
        "select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK where TYPE_ = ? and GROUP_ID_ is"
            + " not null and TASK_ID_ in ("
            + in
            + ")",
        row -> {
          reader(readers, row.getString(1), OpenWorkTables.CANDIDATE_GROUP, row.getString(2));
        },
        concat(IdentityLinkType.CANDIDATE, args));
    jdbc.query(
        "select RESOURCE_ID_, GROUP_ID_, USER_ID_, PERMS_ from ACT_RU_AUTHORIZATION where TYPE_ = 1"
            + " and RESOURCE_TYPE_ = ? and RESOURCE_ID_ in ("
            + in
            + ")",
        row -> {
          int read = Permissions.READ.getValue();
          if ((row.getInt(4) & read) != read) {
            return;
          }
          String group = row.getString(2);
          String user = row.getString(3);
          if (group != null) {
            reader(readers, row.getString(1), OpenWorkTables.GROUP, group);
          } else if (user != null) {
            reader(readers, row.getString(1), OpenWorkTables.USER, user);
          }
        },
        concat(Resources.TASK.resourceType(), args));
    readers.forEach(
        (taskId, rows) -> rows.forEach(r -> tables.addReader(taskId, r[0], r[1], true)));
  }

  private static void reader(
      Map<String, List<String[]>> readers, String taskId, String kind, String readerId) {
    List<String[]> rows = readers.computeIfAbsent(taskId, id -> new ArrayList<>());
    if (rows.stream().noneMatch(r -> r[0].equals(kind) && r[1].equals(readerId))) {
      rows.add(new String[] {kind, readerId});
    }
  }

  private static Object[] concat(Object first, Object[] rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }
}
