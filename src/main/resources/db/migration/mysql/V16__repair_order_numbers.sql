-- R-REP-1 repair dispatch slips 派工单 are numbered PG-YYYYMMDD-NNNN: one counter row per day, as
-- complaint numbers (complaint_number_counter), so nodes whose clocks differ around midnight never
-- restart a day's sequence
create table repair_number_counter (
  counter_day date primary key,
  last_seq int not null
);
