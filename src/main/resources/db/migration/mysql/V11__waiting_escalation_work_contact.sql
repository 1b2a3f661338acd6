-- Issue 20 items 3 and 4. Keep in step with ../h2/V11__waiting_escalation_work_contact.sql.

-- R-SEV-MAJOR/HOT, R-ESC-2: time a complaint waits on the complainant or a third party (not on the
-- company) does not count toward its age or its handling deadline. One row per waiting period.
create table complaint_waiting (
  id bigint auto_increment primary key,
  complaint_id bigint not null references complaint(id),
  waiting_on varchar(20) not null,
  reason varchar(500) not null,
  started_by varchar(64) not null,
  started_at datetime(3) not null,
  ended_by varchar(64),
  ended_at datetime(3)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index ix_complaint_waiting_complaint on complaint_waiting (complaint_id);

-- R-ESC-1, R-ESC-4: the level of the chain the complaint was escalated to (a handler group), apart
-- from its severity class; null = not escalated.
alter table complaint add column escalation_level varchar(64);

-- R-RESP: a work-contact order 工作联系单 from the handler to a specialist department.
create table work_contact_order (
  id bigint auto_increment primary key,
  complaint_id bigint not null references complaint(id),
  department varchar(64) not null,
  request varchar(2000) not null,
  raised_by varchar(64) not null,
  raised_at datetime(3) not null,
  due_at datetime(3),
  done_by varchar(64),
  done_at datetime(3),
  result varchar(2000)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index ix_work_contact_order_complaint on work_contact_order (complaint_id);

-- R-VISIT-3: the department a rectification notice goes to.
alter table complaint add column rectification_department varchar(64);
