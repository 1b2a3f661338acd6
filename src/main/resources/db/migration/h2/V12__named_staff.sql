-- Issue 20 item 8. Keep in step with ../mysql/V12__named_staff.sql.

-- R-RESP, R-VISIT-1: the staff member a complaint is about (a Camunda user id), recorded at intake.
-- That person may not claim or complete any task of the complaint, and the work goes to the level of
-- the escalation chain above their group. At most one per complaint; none for most complaints.
create table complaint_named_staff (
  complaint_id bigint not null primary key,
  user_id varchar(64) not null,
  recorded_by varchar(64),
  recorded_at timestamp(3) not null,
  constraint fk_complaint_named_staff_complaint foreign key (complaint_id) references complaint(id)
);
create index ix_complaint_named_staff_user on complaint_named_staff (user_id);
