-- Issue 15 items 4 and 5. Keep in step with ../mysql/V18__monthly_analysis_and_cases.sql.

-- R-KPI-2 the monthly analysis 月度投诉分析: one stored report per month and scope (a community's code
-- or 'company'); the unique key makes a second run of the month's job change nothing
create table monthly_report (
  id bigint auto_increment primary key,
  report_month varchar(7) not null,
  scope varchar(32) not null,
  created_at timestamp(3) not null,
  constraint uk_monthly_report unique (report_month, scope)
);

-- its figures: one row per dimension (TOTAL, CATEGORY, BUILDING, SEVERITY, CAUSE, HANDLER_GROUP) and item
create table monthly_report_figure (
  id bigint auto_increment primary key,
  report_id bigint not null references monthly_report(id),
  position int not null,
  dimension varchar(20) not null,
  item varchar(100) not null,
  received int not null,
  share decimal(7,4),
  closed int not null,
  satisfaction_rate decimal(7,4),
  on_time_rate decimal(7,4),
  return_visit_rate decimal(7,4),
  repeat_rate decimal(7,4),
  complaint_rate decimal(7,4)
);
create index ix_monthly_report_figure on monthly_report_figure (report_id, position);

-- the complaints it lists (REPEAT, MAJOR, HOT): numbers and codes only, no personal data
create table monthly_report_complaint (
  id bigint auto_increment primary key,
  report_id bigint not null references monthly_report(id),
  position int not null,
  list varchar(10) not null,
  complaint_no varchar(20) not null,
  community_code varchar(32) not null,
  building varchar(20) not null,
  category varchar(20) not null,
  severity varchar(20),
  status varchar(30) not null,
  repeat_of varchar(20),
  reopen_count int not null,
  received_at timestamp(3) not null
);
create index ix_monthly_report_complaint on monthly_report_complaint (report_id, position);

-- R-LOOP 改进 improve: what customer relations concluded about a month (task "analyse the month")
create table monthly_analysis (
  id bigint auto_increment primary key,
  report_month varchar(7) not null,
  causes varchar(2000) not null,
  analysed_by varchar(64),
  analysed_at timestamp(3) not null,
  constraint uk_monthly_analysis unique (report_month)
);

-- R-KPI-2 preventive actions 预防措施: tracked until their owner group marks them done
create table preventive_action (
  id bigint auto_increment primary key,
  report_month varchar(7) not null,
  community varchar(32) not null,
  cause varchar(500) not null,
  action varchar(1000) not null,
  owner_group varchar(64) not null,
  due_date date not null,
  status varchar(10) not null,
  recorded_by varchar(64),
  recorded_at timestamp(3) not null,
  done_by varchar(64),
  done_at timestamp(3)
);
create index ix_preventive_action_status on preventive_action (status, due_date);

-- R-KPI-2 the case library 案例库: one case per complaint, requested when a MAJOR complaint closes or a
-- supervisor marks it (MARKED until it closes), written up by customer relations (WRITTEN)
create table complaint_case (
  id bigint auto_increment primary key,
  complaint_id bigint not null references complaint(id),
  complaint_no varchar(20) not null,
  category varchar(20) not null,
  community_code varchar(32) not null,
  handler_group varchar(64),
  supervisor_group varchar(64),
  reason varchar(10) not null,
  status varchar(10) not null,
  marked_by varchar(64),
  marked_at timestamp(3),
  requested_at timestamp(3),
  title varchar(200),
  cause varchar(2000),
  handling varchar(2000),
  lessons varchar(2000),
  written_by varchar(64),
  written_at timestamp(3),
  constraint uk_complaint_case unique (complaint_id)
);
create index ix_complaint_case_written on complaint_case (status, written_at);
