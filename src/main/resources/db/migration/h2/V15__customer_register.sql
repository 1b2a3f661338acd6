-- Issue 16 item 1: the customer register (R-CUST-1, R-CUST-2, R-CUST-5). Communities (V6) hold
-- buildings, buildings hold dwellings (unit + room), a dwelling houses one household, a household has
-- its persons (customers). Keep in step with ../mysql/V15__customer_register.sql.

-- R-CUST-2: the eight household types, a code list (a new type is a row, not a code change)
create table household_type (
  code varchar(32) primary key,
  name varchar(60) not null
);
insert into household_type (code, name) values
  ('SINGLE_DINK', '单人工作丁克家庭 Single working DINK'),
  ('DUAL_DINK', '双人工作丁克家庭 Dual-income DINK'),
  ('COUPLE_WITH_CHILDREN', '有小孩的夫妇 Couple with children'),
  ('SINGLE_PARENT', '单亲家庭 Single parent'),
  ('MATURE_FAMILY', '成熟家庭 Mature family'),
  ('EMPTY_NEST', '空巢家庭 Empty nest'),
  ('OLDER_SINGLE', '大龄单身贵族 Older single'),
  ('ACTIVE_SENIOR', '活跃长者 Active senior');

create table building (
  id bigint auto_increment primary key,
  community_code varchar(32) not null,
  name varchar(20) not null,
  constraint uq_building unique (community_code, name),
  foreign key (community_code) references community(code)
);

create table dwelling (
  id bigint auto_increment primary key,
  building_id bigint not null,
  unit varchar(20) not null,
  room varchar(20) not null,
  constraint uq_dwelling unique (building_id, unit, room),
  foreign key (building_id) references building(id)
);

create table household (
  id bigint auto_increment primary key,
  dwelling_id bigint not null,
  household_type varchar(32),
  constraint uq_household_dwelling unique (dwelling_id),
  foreign key (dwelling_id) references dwelling(id),
  foreign key (household_type) references household_type(code)
);

-- R-CUST-1: the category A-D with its reason, who set it and when; its history below
create table customer (
  id bigint auto_increment primary key,
  household_id bigint not null,
  name varchar(50) not null,
  phone varchar(20) not null,
  other_phone varchar(20),
  relation varchar(20),
  move_in_date date,
  category varchar(1) not null,
  category_reason varchar(200),
  category_set_by varchar(64) not null,
  category_set_at timestamp(3) not null,
  foreign key (household_id) references household(id)
);
create index ix_customer_phone on customer (phone);
create index ix_customer_other_phone on customer (other_phone);
create index ix_customer_household on customer (household_id);

create table customer_category_change (
  id bigint auto_increment primary key,
  customer_id bigint not null,
  category varchar(1) not null,
  reason varchar(200),
  set_by varchar(64) not null,
  set_at timestamp(3) not null,
  foreign key (customer_id) references customer(id)
);
create index ix_category_change_customer on customer_category_change (customer_id, id);
