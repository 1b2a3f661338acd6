-- Issue 16 item 3: the intake recognises a caller of the register by phone (narrowed by the unit when
-- several people share the phone) and links the complaint to the person and household. A table of its
-- own: the complaint row is at InnoDB's row-size limit. No row: an unknown caller, whose self-declared
-- category (the intake's customerCategory) stands. Keep in step with ../h2/V15_2__complaint_customer.sql.
create table complaint_customer (
  complaint_id bigint primary key,
  customer_id bigint not null,
  household_id bigint not null,
  register_category varchar(1) not null,
  linked_at datetime(3) not null,
  foreign key (complaint_id) references complaint(id),
  foreign key (customer_id) references customer(id)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index ix_complaint_customer_household on complaint_customer (household_id);
