package com.wuye.complaints.complaint;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives complaint numbers like {@code TS-20261122-0001}: the company's day, then that day's
 * sequence, kept in one counter row per day. The row is incremented in a short transaction of its
 * own, so parallel intakes wait for each other only for the increment, not for the whole intake.
 * A number whose intake then rolls back stays unused: numbers are unique, not gap-free.
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
    int seq = ownTransaction.execute(status -> increment(Date.valueOf(day)));
    return "TS-" + DAY.format(day) + "-" + String.format("%04d", seq);
  }

  private int increment(Date day) {
    // the update locks the day's row until this transaction ends, so the value read is ours
    while (jdbc.update("update complaint_number_counter set last_seq = last_seq + 1 where counter_day = ?", day) == 0) {
      try {
        jdbc.update("insert into complaint_number_counter (counter_day, last_seq) values (?, 1)", day);
        return 1;
      } catch (DuplicateKeyException anotherNodeStartedTheDay) {
        // the row exists now: increment it
      }
    }
    return jdbc.queryForObject("select last_seq from complaint_number_counter where counter_day = ?", Integer.class, day);
  }
}
