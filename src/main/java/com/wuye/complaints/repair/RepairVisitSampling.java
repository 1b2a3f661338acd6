package com.wuye.complaints.repair;

import com.wuye.complaints.support.EngineClock;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-REP-6 return-visit sampling of closed repairs: deterministic and auditable. A slip
 * PG-YYYYMMDD-NNNN falls, for each sampler group, in bucket {@code (NNNN × 37 + h(YYYYMMDD, group))
 * mod 100}, h being the first four bytes of SHA-256 of "YYYYMMDD:group"; the group visits it when
 * the bucket is below its rate (decision repair-visit-sampling). 37 is prime to 100, so of every
 * 100 consecutive slips of a day exactly rate are chosen, and the per-group offset makes the
 * groups' choices differ. Anyone can recompute a choice from the slip number; each one is recorded
 * with its bucket and rate (repair_visit_sample).
 */
@Service
public class RepairVisitSampling {

  /** One row of decision repair-visit-sampling. */
  public record Rate(String samplerGroup, int ratePercent) {}

  /** The rows of decision repair-visit-sampling (mapDecisionResult resultList) as rates. */
  @SuppressWarnings("unchecked")
  public static List<Rate> rates(Object rows) {
    return ((List<java.util.Map<String, Object>>) rows)
        .stream()
            .map(
                row ->
                    new Rate(
                        (String) row.get("samplerGroup"),
                        ((Number) row.get("ratePercent")).intValue()))
            .toList();
  }

  private static final Pattern SLIP = Pattern.compile(RepairOrders.PATTERN);
  private static final int STRIDE = 37;
  private static final Set<String> SATISFACTION =
      Set.of("SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED");

  private final JdbcTemplate jdbc;
  private final EngineClock clock;

  RepairVisitSampling(JdbcTemplate jdbc, EngineClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public static int bucket(String orderNo, String samplerGroup) {
    Matcher slip = SLIP.matcher(orderNo);
    if (!slip.matches()) {
      throw new IllegalArgumentException("not a dispatch slip number: " + orderNo);
    }
    // PG-yyyyMMdd-NNNN: the day and the day's sequence
    long sequence = Long.parseLong(orderNo.substring(12));
    return (int)
        Math.floorMod(sequence * STRIDE + offset(orderNo.substring(3, 11), samplerGroup), 100L);
  }

  public static List<String> chosen(String orderNo, List<Rate> rates) {
    return rates.stream()
        .filter(rate -> bucket(orderNo, rate.samplerGroup()) < rate.ratePercent())
        .map(Rate::samplerGroup)
        .toList();
  }

  /** Records every group's choice for this closed slip; answers the groups that chose it. */
  @Transactional
  List<String> sample(String orderNo, List<Rate> rates) {
    List<String> chosen = new ArrayList<>();
    Timestamp now = Timestamp.from(clock.now());
    for (Rate rate : rates) {
      int bucket = bucket(orderNo, rate.samplerGroup());
      boolean picked = bucket < rate.ratePercent();
      if (jdbc.queryForObject(
              "select count(*) from repair_visit_sample where order_no = ? and sampler_group = ?",
              Integer.class,
              orderNo,
              rate.samplerGroup())
          == 0) {
        jdbc.update(
            "insert into repair_visit_sample (order_no, sampler_group, bucket, rate_percent, chosen, closed_at)"
                + " values (?, ?, ?, ?, ?, ?)",
            orderNo,
            rate.samplerGroup(),
            bucket,
            rate.ratePercent(),
            picked,
            now);
      }
      if (picked) {
        chosen.add(rate.samplerGroup());
      }
    }
    return chosen;
  }

  @Transactional
  void recordVisit(
      String orderNo, String samplerGroup, String satisfaction, String comment, String by) {
    if (satisfaction == null || !SATISFACTION.contains(satisfaction)) {
      throw new InvalidInputException(
          FieldError.of("sampledSatisfaction", "invalid.repair.choose-customer-s-satisfaction"));
    }
    if (!"SATISFIED".equals(satisfaction) && (comment == null || comment.isBlank())) {
      throw new InvalidInputException(
          FieldError.of("sampledComment", "invalid.repair.record-what-customer-said"));
    }
    jdbc.update(
        "update repair_visit_sample set visited_by = ?, satisfaction = ?, visit_comment = ?, visited_at = ?"
            + " where order_no = ? and sampler_group = ?",
        by,
        satisfaction,
        comment == null ? null : comment.strip(),
        Timestamp.from(clock.now()),
        orderNo,
        samplerGroup);
  }

  private static long offset(String day, String samplerGroup) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((day + ":" + samplerGroup).getBytes(StandardCharsets.UTF_8));
      return ((digest[0] & 0xFFL) << 24)
          | ((digest[1] & 0xFFL) << 16)
          | ((digest[2] & 0xFFL) << 8)
          | (digest[3] & 0xFFL);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
