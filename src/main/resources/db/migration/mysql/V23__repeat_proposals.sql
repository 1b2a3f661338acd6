-- R-SEV-IMPORTANT, R-CUST-1 (issue 16 item 3): at intake the system proposes the most recent earlier
-- complaint of the same unit (or the register's household) and category, handled within the repeat
-- window (decision repeat-window), as the one this complaint repeats. The verifier confirms or rejects
-- it at verification; only a confirmed proposal sets complaint.repeat_of. A table of its own: the
-- complaint row is at InnoDB's row-size limit. Keep in step with ../h2/V23__repeat_proposals.sql.
create table complaint_repeat_proposal (
  complaint_id bigint primary key,
  proposed_of_id bigint not null,
  proposed_of_no varchar(20) not null,
  matched_by varchar(20) not null,
  proposed_at datetime(3) not null,
  status varchar(20) not null,
  decided_by varchar(64),
  decided_at datetime(3),
  reason varchar(500),
  foreign key (complaint_id) references complaint(id),
  foreign key (proposed_of_id) references complaint(id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
