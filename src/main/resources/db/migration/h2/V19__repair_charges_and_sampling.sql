-- Issue 17 (paid work, sampled visits). Keep in step with ../mysql/V19__repair_charges_and_sampling.sql.

-- R-REP-4 the price list 维修收费价目表: listed items are charged as listed. Administrators keep it
-- (PUT/POST /api/repairs/price-list); an item is never deleted, only withdrawn (active = false)
create table repair_price_item (
  code varchar(20) primary key,
  name varchar(100) not null,
  unit varchar(20) not null,
  labour_fee decimal(10,2) not null,
  material_fee decimal(10,2) not null,
  active boolean not null,
  updated_by varchar(64),
  updated_at timestamp(3) not null
);

-- R-REP-4 what the technician's diagnosis priced: free, listed items or off-list work; the material
-- cost the repair-charges decision compares with its threshold; the customer's signed agreement
create table repair_charge (
  id bigint auto_increment primary key,
  order_no varchar(20) not null,
  charge_type varchar(10) not null,
  price_items varchar(500),
  off_list_work varchar(2000),
  charge_total decimal(10,2) not null,
  material_cost decimal(10,2) not null,
  agreement_signed boolean not null,
  assessed_by varchar(64),
  assessed_at timestamp(3) not null
);
create index ix_repair_charge_order on repair_charge (order_no);

-- R-REP-4 the engineering supervisor's review of off-list work and the service-centre manager's
-- approval of material cost: who decided what, why, when
create table repair_charge_decision (
  id bigint auto_increment primary key,
  order_no varchar(20) not null,
  step varchar(40) not null,
  decision varchar(12) not null,
  reason varchar(500),
  decided_by varchar(64),
  decided_at timestamp(3) not null
);
create index ix_repair_charge_decision_order on repair_charge_decision (order_no);

-- R-REP-6 the sampling of a closed repair for return visits: per sampler group, the slip's bucket
-- (0-99), the rate the repair-visit-sampling decision gave, whether the slip was chosen and, once made,
-- the sampled visit
create table repair_visit_sample (
  order_no varchar(20) not null,
  sampler_group varchar(64) not null,
  bucket int not null,
  rate_percent int not null,
  chosen boolean not null,
  closed_at timestamp(3) not null,
  visited_by varchar(64),
  satisfaction varchar(20),
  visit_comment varchar(500),
  visited_at timestamp(3) null,
  primary key (order_no, sampler_group)
);
create index ix_repair_visit_sample_closed on repair_visit_sample (closed_at);

-- R-REP-4 the company's price list as first seeded (RMB, labour and material per unit)
insert into repair_price_item (code, name, unit, labour_fee, material_fee, active, updated_by, updated_at) values
  ('SD-01', '更换水龙头', '个', 30.00, 45.00, true, 'flyway', CURRENT_TIMESTAMP(3)),
  ('SD-02', '疏通下水道', '处', 80.00, 0.00, true, 'flyway', CURRENT_TIMESTAMP(3)),
  ('SD-03', '疏通马桶', '个', 60.00, 0.00, true, 'flyway', CURRENT_TIMESTAMP(3)),
  ('SD-04', '更换马桶水箱配件', '套', 40.00, 35.00, true, 'flyway', CURRENT_TIMESTAMP(3)),
  ('SD-05', '更换角阀', '个', 20.00, 25.00, true, 'flyway', CURRENT_TIMESTAMP(3)),
  ('SD-06', '更换淋浴花洒', '套', 30.00, 120.00, true, 'flyway', CURRENT_TIMESTAMP(3)),
  ('DQ-01', '更换灯管', '支', 10.00, 15.00, true, 'flyway', CURRENT_TIMESTAMP(3)),
  ('DQ-02', '更换开关或插座面板', '个', 15.00, 20.00, true, 'flyway', CURRENT_TIMESTAMP(3)),
  ('DQ-03', '更换空气开关', '个', 30.00, 60.00, true, 'flyway', CURRENT_TIMESTAMP(3)),
  ('DQ-04', '检修户内电路', '次', 50.00, 0.00, true, 'flyway', CURRENT_TIMESTAMP(3)),
  ('MC-01', '更换门锁锁芯', '个', 30.00, 80.00, true, 'flyway', CURRENT_TIMESTAMP(3)),
  ('MC-02', '维修门窗合页', '处', 20.00, 10.00, true, 'flyway', CURRENT_TIMESTAMP(3)),
  ('MC-03', '更换纱窗', '扇', 20.00, 60.00, true, 'flyway', CURRENT_TIMESTAMP(3));
