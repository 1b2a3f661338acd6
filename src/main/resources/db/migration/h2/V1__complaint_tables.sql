-- Complaint domain tables (H2). Keep in step with ../mysql/V1__complaint_tables.sql.
create table community (
  code varchar(32) primary key,
  name varchar(100) not null
);

create table complaint (
  id bigint auto_increment primary key,
  version bigint not null default 0,
  complaint_no varchar(20) not null,
  channel varchar(20) not null,
  category varchar(20) not null,
  complainant_name varchar(50) not null,
  complainant_phone varchar(20) not null,
  community_code varchar(32) not null references community(code),
  building varchar(20) not null,
  unit varchar(20),
  room varchar(20),
  description varchar(2000) not null,
  collective_size int not null,
  in_litigation boolean not null,
  media_exposed boolean not null,
  litigation_or_media_risk boolean not null,
  needs_other_departments boolean not null,
  repeat_of varchar(20),
  severity varchar(20),
  status varchar(30) not null,
  handler_group varchar(64),
  supervisor_group varchar(64),
  received_by varchar(64),
  received_at timestamp(3) not null,
  verified_by varchar(64),
  verified_at timestamp(3),
  verification_note varchar(2000),
  handled_by varchar(64),
  handled_at timestamp(3),
  handling_result varchar(2000),
  feedback_by varchar(64),
  feedback_at timestamp(3),
  feedback_method varchar(20),
  feedback_note varchar(2000),
  visited_by varchar(64),
  visited_at timestamp(3),
  satisfaction varchar(20),
  visit_comment varchar(2000),
  reopen_count int not null default 0,
  closed_at timestamp(3),
  process_instance_id varchar(64),
  constraint uk_complaint_no unique (complaint_no)
);
-- R-SEV-HOT same-issue count: per community, building and category over a recent window
create index ix_complaint_same_issue on complaint (community_code, building, category, received_at);
create index ix_complaint_status on complaint (status, severity);

create table complaint_severity_change (
  id bigint auto_increment primary key,
  complaint_id bigint not null references complaint(id),
  from_severity varchar(20),
  to_severity varchar(20) not null,
  reason varchar(500) not null,
  changed_by varchar(64),
  changed_at timestamp(3) not null
);
create index ix_severity_change_complaint on complaint_severity_change (complaint_id);

create table complaint_event (
  id bigint auto_increment primary key,
  complaint_id bigint not null references complaint(id),
  event_type varchar(30) not null,
  actor varchar(64),
  detail varchar(2000),
  occurred_at timestamp(3) not null
);
create index ix_complaint_event_complaint on complaint_event (complaint_id);

-- one row: the day the complaint numbers belong to and the last number given that day
create table complaint_number_counter (
  id int primary key,
  counter_day date not null,
  last_seq int not null
);
insert into complaint_number_counter (id, counter_day, last_seq) values (1, date '2000-01-01', 0);
