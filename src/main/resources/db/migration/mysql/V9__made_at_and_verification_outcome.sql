-- R-IN-2 when the complaint was made (received_at stays when it was recorded); issue 20 items 5 and 6:
-- what verification concluded, the supervisor's confirmation of closing without handling, and the
-- suggestions list. (V8 belongs to another change.) Keep in step with ../h2/V9__made_at_and_verification_outcome.sql.
alter table complaint add column made_at datetime(3) null;
update complaint set made_at = received_at;
alter table complaint modify column made_at datetime(3) not null;
alter table complaint add column verification_outcome varchar(20);
-- the reason is short: the complaint row is close to InnoDB's 65535-byte row limit (seven varchar(2000)
-- in utf8mb4); a longer text would have to be a TEXT column or live in another table
alter table complaint add column outcome_reason varchar(500);
alter table complaint add column duplicate_of varchar(20);
alter table complaint add column closing_confirmed_by varchar(64);
alter table complaint add column closing_confirmed_at datetime(3) null;

-- a consultation or suggestion (咨询/建议) closed at verification, for the managers' dashboard
create table suggestion (
  id bigint auto_increment primary key,
  complaint_id bigint not null,
  complaint_no varchar(20) not null,
  community_code varchar(32) not null,
  category varchar(20) not null,
  summary varchar(2000) not null,
  recorded_by varchar(64),
  recorded_at datetime(3) not null,
  constraint uk_suggestion_complaint unique (complaint_id),
  constraint fk_suggestion_complaint foreign key (complaint_id) references complaint (id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index ix_suggestion_recorded on suggestion (recorded_at);
