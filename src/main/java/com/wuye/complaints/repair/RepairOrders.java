package com.wuye.complaints.repair;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** R-REP-1 what other features may know of a repair order: its slip number pattern and its process instance. */
@Service
public class RepairOrders {

  /** A dispatch slip number 派工单号 in a path. */
  public static final String PATTERN = "PG-\\d{8}-\\d{4,6}";
  public static final String MESSAGE = "派工单号格式应为 PG-年月日-序号 / order numbers look like PG-20261129-0001";

  private final JdbcTemplate jdbc;

  RepairOrders(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The process instance of the repair order with this number, if there is one. */
  public Optional<String> processInstanceOf(String orderNo) {
    return jdbc.queryForList("select process_instance_id from repair_order where order_no = ?", String.class, orderNo)
        .stream().findFirst();
  }
}
