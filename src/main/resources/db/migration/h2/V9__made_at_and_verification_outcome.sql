-- R-IN-2 when the complaint was made (received_at stays when it was recorded); issue 20 items 5 and 6:
-- what verification concluded, the supervisor's confirmation of closing without handling, and the
-- suggestions list. (V8 belongs to another change.) Keep in step with ../mysql/V9__made_at_and_verification_outcome.sql.
alter table complaint add column made_at timestamp(3);
update complaint set made_at = received_at;
alter table complaint alter column made_at set not null;
alter table complaint add column verification_outcome varchar(20);
alter table complaint add column outcome_reason varchar(500);
alter table complaint add column duplicate_of varchar(20);
alter table complaint add column closing_confirmed_by varchar(64);
alter table complaint add column closing_confirmed_at timestamp(3);

-- a consultation or suggestion (咨询/建议) closed at verification, for the managers' dashboard
create table suggestion (
  id bigint auto_increment primary key,
  complaint_id bigint not null references complaint(id),
  complaint_no varchar(20) not null,
  community_code varchar(32) not null,
  category varchar(20) not null,
  summary varchar(2000) not null,
  recorded_by varchar(64),
  recorded_at timestamp(3) not null,
  constraint uk_suggestion_complaint unique (complaint_id)
);
create index ix_suggestion_recorded on suggestion (recorded_at);
