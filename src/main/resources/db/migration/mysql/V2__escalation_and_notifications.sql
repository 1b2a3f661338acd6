-- Deadlines, breaches, return-visit findings and customer category on the complaint (MySQL / MariaDB).
-- Keep in step with ../h2/V2__escalation_and_notifications.sql.
alter table complaint
  add column customer_category varchar(1),
  add column response_due_at datetime(3),
  add column response_overdue_at datetime(3),
  add column return_visit_overdue_at datetime(3),
  add column problem_found boolean default false not null,
  add column problem_description varchar(2000),
  add column rectified_by varchar(64),
  add column rectified_at datetime(3),
  add column rectification_result varchar(2000);

-- R-SEV-HOT: complaints about the same issue are linked to each other
create table complaint_link (
  id bigint auto_increment primary key,
  complaint_id bigint not null,
  linked_complaint_id bigint not null,
  reason varchar(30) not null,
  created_at datetime(3) not null,
  constraint uk_complaint_link unique (complaint_id, linked_complaint_id),
  constraint fk_complaint_link_from foreign key (complaint_id) references complaint(id),
  constraint fk_complaint_link_to foreign key (linked_complaint_id) references complaint(id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- the notification outbox: written in the transaction of the event, sent later by the Quartz job
create table notification (
  id bigint auto_increment primary key,
  complaint_id bigint,
  recipient_group varchar(64) not null,
  channel varchar(20) not null,
  subject varchar(300) not null,
  body varchar(4000) not null,
  status varchar(20) not null,
  attempts int default 0 not null,
  last_error varchar(1000),
  created_at datetime(3) not null,
  next_attempt_at datetime(3) not null,
  sent_at datetime(3),
  key ix_notification_due (status, next_attempt_at),
  key ix_notification_complaint (complaint_id),
  constraint fk_notification_complaint foreign key (complaint_id) references complaint(id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- complaint numbers: one counter row per day, so nodes whose clocks differ around midnight
-- never restart a day's sequence
drop table complaint_number_counter;
create table complaint_number_counter (
  counter_day date primary key,
  last_seq int not null
);
