-- Issue 16: VIP card renewal (R-CUST-3) and personal data rights (R-CUST-5, PIPL).
-- Keep in step with ../h2/V21__customer_rights.sql.

-- R-CUST-3 one renewal task per card and expiry: the clustered renewal job inserts the row in the
-- transaction that starts the task, so a second run, or a second node, finds it (or is refused by the
-- unique key) and starts nothing. The decision of customer relations is recorded here too.
create table vip_card_renewal (
  id bigint auto_increment primary key,
  card_id bigint not null,
  valid_until datetime(3) not null,
  process_instance_id varchar(64),
  started_at datetime(3) not null,
  decision varchar(12),
  decided_by varchar(64),
  decided_at datetime(3),
  constraint uq_vip_card_renewal unique (card_id, valid_until),
  foreign key (card_id) references vip_card(id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- R-CUST-5 the access log also records full readings of the register and exports (customer_id);
-- a reading of a complaint's contact keeps complaint_id as before
alter table personal_data_access modify complaint_id bigint null;
alter table personal_data_access add column customer_id bigint null;
create index ix_personal_data_access_customer on personal_data_access (customer_id);
create index ix_personal_data_access_by on personal_data_access (accessed_by, accessed_at);
create index ix_personal_data_access_at on personal_data_access (accessed_at);

-- PIPL erasure on request: one row per person erased (idempotent: erased once), who and when
create table customer_erasure (
  customer_id bigint primary key,
  erased_by varchar(64) not null,
  erased_at datetime(3) not null,
  complaints_anonymised int not null,
  repairs_anonymised int not null,
  foreign key (customer_id) references customer(id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
