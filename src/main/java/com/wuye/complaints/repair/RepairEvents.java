package com.wuye.complaints.repair;

import com.wuye.complaints.support.EngineClock;
import java.sql.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * R-KPI-1 what happened to a repair order, written to table repair_event in the engine's
 * transaction so the managers' figures (report.KpiService, docs/reports.md "Repairs") count it by
 * SQL: a return visit and its satisfaction (R-VISIT-4), a missed deadline and its rule (R-REP-2,
 * R-REP-3), the order's close (R-REP-5, or R-REP-4 when the charge was refused).
 */
@Service
class RepairEvents {

  static final String RETURN_VISITED = "RETURN_VISITED";
  static final String DEADLINE_MISSED = "DEADLINE_MISSED";
  static final String CLOSED = "CLOSED";

  private final JdbcTemplate jdbc;
  private final EngineClock clock;

  RepairEvents(JdbcTemplate jdbc, EngineClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  void record(String orderNo, String type, String detail) {
    jdbc.update(
        "insert into repair_event (order_no, event_type, detail, occurred_at) values (?, ?, ?, ?)",
        orderNo,
        type,
        detail,
        Timestamp.from(clock.now()));
  }
}
