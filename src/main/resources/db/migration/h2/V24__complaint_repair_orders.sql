-- Issue 17 item 5. Keep in step with ../mysql/V24__complaint_repair_orders.sql.

-- R-REP-1 a repair order 派工单 the handler of a complaint issued from the handling step
-- (UserTask_HandleComplaint): which complaint, which slip, from which handling task (one order per
-- task at most, so a retried completion issues none twice), by whom and when. A table of its own:
-- the complaint row is at MariaDB's row-size limit, and the repair order stays a repair order.
create table complaint_repair_order (
  id bigint auto_increment primary key,
  complaint_id bigint not null,
  complaint_no varchar(20) not null,
  order_no varchar(20) not null,
  handling_task_id varchar(64) not null,
  requested_by varchar(64) not null,
  requested_at timestamp(3) not null,
  constraint uq_complaint_repair_order unique (order_no),
  constraint uq_complaint_repair_task unique (handling_task_id),
  constraint fk_complaint_repair_complaint foreign key (complaint_id) references complaint (id),
  constraint fk_complaint_repair_order foreign key (order_no) references repair_order (order_no)
);

create index ix_complaint_repair_complaint on complaint_repair_order (complaint_id);
