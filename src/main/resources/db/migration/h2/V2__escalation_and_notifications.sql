-- Deadlines, breaches, return-visit findings and customer category on the complaint (H2).
-- Keep in step with ../mysql/V2__escalation_and_notifications.sql.
alter table complaint add column customer_category varchar(1);
alter table complaint add column response_due_at timestamp(3);
alter table complaint add column response_overdue_at timestamp(3);
alter table complaint add column return_visit_overdue_at timestamp(3);
alter table complaint add column problem_found boolean default false not null;
alter table complaint add column problem_description varchar(2000);
alter table complaint add column rectified_by varchar(64);
alter table complaint add column rectified_at timestamp(3);
alter table complaint add column rectification_result varchar(2000);

-- R-SEV-HOT: complaints about the same issue are linked to each other
create table complaint_link (
  id bigint auto_increment primary key,
  complaint_id bigint not null references complaint(id),
  linked_complaint_id bigint not null references complaint(id),
  reason varchar(30) not null,
  created_at timestamp(3) not null,
  constraint uk_complaint_link unique (complaint_id, linked_complaint_id)
);

-- the notification outbox: written in the transaction of the event, sent later by the Quartz job
create table notification (
  id bigint auto_increment primary key,
  complaint_id bigint references complaint(id),
  recipient_group varchar(64) not null,
  channel varchar(20) not null,
  subject varchar(300) not null,
  body varchar(4000) not null,
  status varchar(20) not null,
  attempts int default 0 not null,
  last_error varchar(1000),
  created_at timestamp(3) not null,
  next_attempt_at timestamp(3) not null,
  sent_at timestamp(3)
);
create index ix_notification_due on notification (status, next_attempt_at);
create index ix_notification_complaint on notification (complaint_id);

-- complaint numbers: one counter row per day, so nodes whose clocks differ around midnight
-- never restart a day's sequence
drop table complaint_number_counter;
create table complaint_number_counter (
  counter_day date primary key,
  last_seq int not null
);
