package com.wuye.complaints.complaint;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives complaint numbers like {@code TS-20261122-0001}: the company's day, then a sequence that
 * starts again every day. The counter row is locked in a short transaction of its own, so parallel
 * intakes wait for each other only for the increment, not for the whole intake. A number whose
 * intake then rolls back stays unused: numbers are unique, not gap-free.
 */
@Component
class ComplaintNumberAllocator {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final ZoneId zone;

  ComplaintNumberAllocator(JdbcTemplate jdbc, PlatformTransactionManager txManager, ComplaintSettings settings) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(txManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.zone = settings.timeZone();
  }

  String next(Instant at) {
    LocalDate day = LocalDate.ofInstant(at, zone);
    int seq = ownTransaction.execute(status -> {
      var row = jdbc.queryForMap("select counter_day, last_seq from complaint_number_counter where id = 1 for update");
      LocalDate counterDay = ((Date) row.get("counter_day")).toLocalDate();
      int last = ((Number) row.get("last_seq")).intValue();
      int next = day.equals(counterDay) ? last + 1 : 1;
      jdbc.update("update complaint_number_counter set counter_day = ?, last_seq = ? where id = 1", Date.valueOf(day), next);
      return next;
    });
    return "TS-" + DAY.format(day) + "-" + String.format("%04d", seq);
  }
}
