-- Issue 18: the read model of open work that answers Tasklist's first page. Keep in step with
-- ../h2/V28__open_work.sql. Written in the engine's transaction by openwork/OpenWorkSession (every
-- task change and every per-task READ grant), filled from the engine's tables by
-- openwork/OpenWorkRebuild when a database already has open tasks. Only ids and the columns a
-- filter asks about; the engine still fetches and checks every task it shows (docs/security.md).
-- Date columns have the types of ACT_RU_TASK's, so comparisons and sorting agree with the engine's.

-- one row per open task
create table open_task (
  task_id varchar(64) not null primary key,
  process_key varchar(255),
  tenant_id varchar(64),
  assignee varchar(255),
  due_date datetime,
  created datetime,
  key ix_open_task_due (due_date),
  key ix_open_task_process (process_key, tenant_id, due_date),
  key ix_open_task_assignee (assignee, due_date)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- one row per open task and per reader: kind C = a candidate group, G = a group that may read the
-- task (a per-task READ grant: a candidate group's, the supervising group's), U = a user who may
-- read it (the assignee's, the owner's grant); the task's columns repeated so one index answers
create table open_task_reader (
  task_id varchar(64) not null,
  kind char(1) not null,
  reader_id varchar(255) not null,
  process_key varchar(255),
  tenant_id varchar(64),
  assignee varchar(255),
  due_date datetime,
  created datetime,
  primary key (task_id, kind, reader_id),
  key ix_open_task_reader (reader_id, kind, tenant_id, due_date)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- whether the read model holds every open task (filled from the engine once; until then Tasklist
-- is answered by the engine alone), and how far a fill got
create table open_work_state (
  id int not null primary key,
  filled boolean not null,
  filled_through varchar(64)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
insert into open_work_state (id, filled, filled_through) values (1, false, null);
