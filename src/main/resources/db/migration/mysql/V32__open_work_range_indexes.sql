-- Issue 18: the read model of open work reads one index range per reader (or process key, or
-- assignee) and community (openwork/OpenWorkQueries), and a page of it straight from the index: the
-- task id follows the due date, so "order by due date, task id" is the index's own order. Keep in
-- step with ../h2/V32__open_work_range_indexes.sql.
alter table open_task_reader
  drop index ix_open_task_reader,
  add index ix_open_task_reader (reader_id, kind, tenant_id, due_date, task_id, assignee, created);

alter table open_task
  drop index ix_open_task_process,
  drop index ix_open_task_process_due,
  add index ix_open_task_process (process_key, tenant_id, due_date, task_id),
  drop index ix_open_task_assignee,
  add index ix_open_task_assignee (assignee, tenant_id, due_date, task_id);
