-- Issue 17. Keep in step with ../mysql/V16__repair_orders.sql.

-- R-REP-1 repair dispatch slips 派工单 are numbered PG-YYYYMMDD-NNNN: one counter row per day, as
-- complaint numbers (complaint_number_counter), so nodes whose clocks differ around midnight never
-- restart a day's sequence
create table repair_number_counter (
  counter_day date primary key,
  last_seq int not null
);

-- R-REP-1 the repair order 派工单: the request's facts and the requester's name and phone (only
-- here, never in process variables, R-CUST-5); the process instance carries the rest
create table repair_order (
  id bigint auto_increment primary key,
  order_no varchar(20) not null,
  process_instance_id varchar(64) not null,
  channel varchar(20) not null,
  kind varchar(20) not null,
  facility_type varchar(20) not null,
  public_size varchar(10),
  emergency boolean not null,
  customer_category varchar(1),
  community_code varchar(32) not null,
  building varchar(20) not null,
  unit varchar(20),
  room varchar(20),
  description varchar(2000) not null,
  requester_name varchar(50) not null,
  requester_phone varchar(20) not null,
  requested_at timestamp(3) not null,
  recorded_by varchar(64),
  constraint uq_repair_order_no unique (order_no)
);
