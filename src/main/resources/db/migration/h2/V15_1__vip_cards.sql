-- Issue 16 item 2: VIP cards (R-CUST-3). Card number JK + level (0 group leadership, 1 government
-- official, 2 other) + sequence 001-999. held_sequence is the sequence while the card holds its number
-- (valid, not revoked); null once revoked or expired, so uq_vip_card_held keeps a number unique per level
-- among valid cards, also against two issues at once. Keep in step with ../mysql/V15_1__vip_cards.sql.
create table vip_card (
  id bigint auto_increment primary key,
  version bigint not null default 0,
  customer_id bigint not null,
  card_no varchar(6) not null,
  card_level int not null,
  card_sequence int not null,
  held_sequence int,
  status varchar(10) not null,
  reason varchar(200) not null,
  issued_by varchar(64) not null,
  issued_at timestamp(3) not null,
  valid_until timestamp(3) not null,
  replacements int not null default 0,
  constraint uq_vip_card_held unique (card_level, held_sequence),
  foreign key (customer_id) references customer(id)
);
create index ix_vip_card_customer on vip_card (customer_id);

-- the audit trail of every card: issued, revoked (with its reason), replaced when lost, expired
create table vip_card_event (
  id bigint auto_increment primary key,
  card_id bigint not null,
  event varchar(10) not null,
  reason varchar(200),
  by_user varchar(64) not null,
  at_time timestamp(3) not null,
  foreign key (card_id) references vip_card(id)
);
create index ix_vip_card_event_card on vip_card_event (card_id, id);
