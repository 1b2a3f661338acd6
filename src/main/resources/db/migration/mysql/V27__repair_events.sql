-- Issue 17 item 4 (the managers' figures count repairs too). Keep in step with ../h2/V27__repair_events.sql.

-- R-KPI-1 what happened to a repair order, as the figures count it (docs/reports.md "Repairs"):
-- RETURN_VISITED (detail: the customer's satisfaction, R-VISIT-4), DEADLINE_MISSED (detail: the
-- rule whose deadline passed, R-REP-2 arrival or R-REP-3 fix) and CLOSED (detail: the end the
-- order reached, REPAIRED or CHARGE_REFUSED, R-REP-5 / R-REP-4). Written by the repair package's
-- listeners in the engine's transaction; sampled visits (R-REP-6) stay in repair_visit_sample
create table repair_event (
  id bigint auto_increment primary key,
  order_no varchar(20) not null,
  event_type varchar(30) not null,
  detail varchar(40),
  occurred_at timestamp(3) not null,
  key ix_repair_event_order (order_no),
  key ix_repair_event_type_at (event_type, occurred_at)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index ix_repair_order_requested on repair_order (requested_at);
