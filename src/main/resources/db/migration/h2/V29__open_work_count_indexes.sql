-- Issue 18: indexes that let the read model of open work count a reader's tasks from the index alone
-- (docs/benchmarks.md, "Issue 18 · the general manager's count"). Keep in step with
-- ../mysql/V29__open_work_count_indexes.sql.

-- the tasks of a readable process definition due before/after a time (the general manager's
-- "overdue" filter): one range of (process key, due date), the tenant read from the index
create index ix_open_task_process_due on open_task (process_key, due_date, tenant_id);

-- a group's candidate rows without an assignee (an officer's "my groups' tasks"): the assignee in
-- the reader index, so the filter's "not assigned" is checked and a page's columns are read without
-- reading the row
drop index ix_open_task_reader;
create index ix_open_task_reader on open_task_reader (reader_id, kind, tenant_id, due_date, assignee, created);
