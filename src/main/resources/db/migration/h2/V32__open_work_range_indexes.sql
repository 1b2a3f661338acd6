-- Issue 18: the read model of open work reads one index range per reader (or process key, or
-- assignee) and community (openwork/OpenWorkQueries), and a page of it straight from the index: the
-- task id follows the due date, so "order by due date, task id" is the index's own order. H2 read a
-- list of tenants, or "no tenant or one of these", as a filter over all of a reader's rows
-- (60,000 for the property officers at 100,000 open tasks) and sorted them. H2 only: MySQL and
-- MariaDB read "no tenant or one of these" as index ranges of one statement and keep the indexes of
-- ../mysql/V29__open_work_count_indexes.sql.
drop index ix_open_task_reader;
create index ix_open_task_reader on open_task_reader (reader_id, kind, tenant_id, due_date, task_id, assignee, created);

drop index ix_open_task_process;
drop index ix_open_task_process_due;
create index ix_open_task_process on open_task (process_key, tenant_id, due_date, task_id);

drop index ix_open_task_assignee;
create index ix_open_task_assignee on open_task (assignee, tenant_id, due_date, task_id);
