-- Issue 17 items 7 and 8. Keep in step with ../h2/V25__repair_notices_and_sign_off.sql.

-- R-REP-2 / R-REP-3 notices about a repair order go through the same outbox as complaint notices:
-- repair_order_id names the order (the customer's phone is read from it when the message is sent,
-- never stored with the message); dedup_key makes enqueueing idempotent (a retried timer job
-- enqueues nothing twice)
alter table notification
  add column repair_order_id bigint,
  add column dedup_key varchar(120),
  add constraint uq_notification_dedup unique (dedup_key),
  add key ix_notification_repair_order (repair_order_id),
  add constraint fk_notification_repair_order foreign key (repair_order_id) references repair_order(id);

-- R-REP-5 the customer's sign-off of the slip 验收签字, or refusal with its reason: who recorded it
-- and when; one row per sign-off step (a refused slip comes back after the rework)
create table repair_sign_off (
  id bigint auto_increment primary key,
  order_no varchar(20) not null,
  signed_off boolean not null,
  refusal_reason varchar(2000),
  recorded_by varchar(64),
  recorded_at timestamp(3) not null,
  key ix_repair_sign_off_order (order_no)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
