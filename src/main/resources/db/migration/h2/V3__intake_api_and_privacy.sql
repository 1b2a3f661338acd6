-- Intake API (H2). Keep in step with ../mysql/V3__intake_api_and_privacy.sql.

-- One row per Idempotency-Key a client has used: a replay with the same body gets the stored
-- answer, the same key with another body is refused. Written in the transaction that starts the
-- complaint, so a key never points at a complaint that does not exist.
create table intake_request (
  client_id varchar(64) not null,
  idempotency_key varchar(100) not null,
  request_hash char(64) not null,
  complaint_no varchar(20),
  response_body varchar(2000),
  created_at timestamp(3) not null,
  primary key (client_id, idempotency_key)
);

-- R-CUST-5: every time a complainant's full name and phone were shown, to whom and why
create table personal_data_access (
  id bigint auto_increment primary key,
  complaint_id bigint not null references complaint(id),
  accessed_by varchar(64) not null,
  purpose varchar(30) not null,
  accessed_at timestamp(3) not null
);
create index ix_personal_data_access_complaint on personal_data_access (complaint_id);
