-- Same issue 同一事件 (MySQL / MariaDB). Keep in step with ../h2/V4__same_issue.sql.

-- R-SEV-HOT: complaints about one problem at one place (community, building, category) belong to one
-- issue. An intake locks its issue's row first, so same-issue intakes take turns on one lock and never
-- on each other's complaints; count_severity is the highest severity the number of complainants alone
-- has implied (decision complaint-severity) and count_severity_at when it was reached: the earlier
-- complaints are raised once, when the count crosses into it.
create table complaint_issue (
  id bigint auto_increment primary key,
  community_code varchar(32) not null,
  building varchar(20) not null,
  category varchar(20) not null,
  created_at datetime(3) not null,
  count_severity varchar(20),
  count_severity_at datetime(3),
  constraint uq_complaint_issue unique (community_code, building, category)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

alter table complaint add column issue_id bigint;

insert into complaint_issue (community_code, building, category, created_at)
  select community_code, building, category, min(received_at) from complaint group by community_code, building, category;
update complaint c set issue_id = (select i.id from complaint_issue i
  where i.community_code = c.community_code and i.building = c.building and i.category = c.category);

alter table complaint add constraint fk_complaint_issue foreign key (issue_id) references complaint_issue (id);
-- the count of different complainants in the window reads this index alone
create index ix_complaint_issue on complaint (issue_id, received_at, complainant_phone);
