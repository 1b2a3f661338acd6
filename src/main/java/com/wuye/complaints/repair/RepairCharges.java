package com.wuye.complaints.repair;

import com.wuye.complaints.support.EngineClock;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-REP-4 paid work: what the technician's diagnosis costs the customer and who agreed to it.
 * Listed items are charged as the price list says; off-list work is charged as quoted and reviewed
 * by the engineering supervisor; whether the material cost needs the service-centre manager is
 * decision repair-charges' (the threshold is in the table, not here). Every assessment and decision
 * is a row.
 */
@Service
class RepairCharges {

  enum ChargeType {
    FREE,
    LISTED,
    OFF_LIST
  }

  enum Decision {
    APPROVE,
    REDIAGNOSE,
    CLOSE
  }

  /** The technician's pricing, as the diagnosis form gives it. */
  record Diagnosis(
      ChargeType chargeType,
      String priceItems,
      String offListWork,
      Long offListQuote,
      Long offListMaterial,
      boolean agreementSigned) {}

  record Assessment(ChargeType chargeType, BigDecimal chargeTotal, BigDecimal materialCost) {}

  static final String REVIEW_STEP = "UserTask_ReviewOffListWork";
  static final String APPROVAL_STEP = "UserTask_ApproveMaterialCost";

  private final PriceList prices;
  private final JdbcTemplate jdbc;
  private final EngineClock clock;

  RepairCharges(PriceList prices, JdbcTemplate jdbc, EngineClock clock) {
    this.prices = prices;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional
  Assessment assess(String orderNo, Diagnosis diagnosis, String by) {
    List<FieldError> errors = new ArrayList<>();
    if (diagnosis.chargeType() == null) {
      throw new InvalidInputException(
          FieldError.of("chargeType", "invalid.repair.chargetype-required"));
    }
    List<String> codes =
        diagnosis.priceItems() == null
            ? List.of()
            : Arrays.stream(diagnosis.priceItems().split("[,，\\s]+"))
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .map(String::toUpperCase)
                .toList();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal material = BigDecimal.ZERO;
    switch (diagnosis.chargeType()) {
      case FREE -> {}
      case LISTED -> {
        if (codes.isEmpty()) {
          errors.add(
              FieldError.of("priceItems", "invalid.repair.listed-work-needs-price-list-codes"));
        } else {
          for (PriceList.Item item : prices.listed(codes, "priceItems")) {
            total = total.add(item.price());
            material = material.add(item.materialFee());
          }
        }
      }
      case OFF_LIST -> {
        if (diagnosis.offListWork() == null || diagnosis.offListWork().isBlank()) {
          errors.add(
              FieldError.of("offListWork", "invalid.repair.off-list-work-needs-description"));
        }
        if (diagnosis.offListQuote() == null || diagnosis.offListQuote() <= 0) {
          errors.add(FieldError.of("offListQuote", "invalid.repair.off-list-work-needs-quote-in"));
        } else {
          long materialPart = diagnosis.offListMaterial() == null ? 0 : diagnosis.offListMaterial();
          if (materialPart < 0 || materialPart > diagnosis.offListQuote()) {
            errors.add(
                FieldError.of("offListMaterial", "invalid.repair.material-cost-between-0-quote"));
          }
          total = BigDecimal.valueOf(diagnosis.offListQuote());
          material = BigDecimal.valueOf(materialPart);
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    jdbc.update(
        "insert into repair_charge (order_no, charge_type, price_items, off_list_work, charge_total, material_cost,"
            + " agreement_signed, assessed_by, assessed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        orderNo,
        diagnosis.chargeType().name(),
        codes.isEmpty() ? null : String.join(",", codes),
        diagnosis.chargeType() == ChargeType.OFF_LIST ? diagnosis.offListWork() : null,
        total,
        material,
        diagnosis.agreementSigned(),
        by,
        Timestamp.from(clock.now()));
    return new Assessment(diagnosis.chargeType(), total, material);
  }

  /**
   * The supervisor's review (approve or diagnose again) or the manager's approval (approve,
   * diagnose again or close): anything but an approval needs a reason; the manager approves
   * material only with the customer's signed agreement recorded.
   */
  @Transactional
  void decide(
      String orderNo,
      String step,
      Decision decision,
      String reason,
      boolean agreementSigned,
      String by) {
    if (decision == null) {
      throw new InvalidInputException(
          FieldError.of("chargeDecision", "invalid.repair.chargedecision-required"));
    }
    Set<Decision> allowed =
        APPROVAL_STEP.equals(step)
            ? Set.of(Decision.values())
            : Set.of(Decision.APPROVE, Decision.REDIAGNOSE);
    if (!allowed.contains(decision)) {
      throw new InvalidInputException(
          FieldError.of("chargeDecision", "invalid.repair.not-decision-step", decision));
    }
    if (decision != Decision.APPROVE && (reason == null || reason.isBlank())) {
      throw new InvalidInputException(
          FieldError.of("chargeDecisionReason", "invalid.repair.refusal-needs-reason"));
    }
    if (APPROVAL_STEP.equals(step) && decision == Decision.APPROVE && !agreementSigned) {
      throw new InvalidInputException(
          FieldError.of(
              "agreementSigned", "invalid.repair.customer-s-signed-agreement-recorded-before"));
    }
    jdbc.update(
        "insert into repair_charge_decision (order_no, step, decision, reason, decided_by, decided_at) values (?, ?, ?, ?, ?, ?)",
        orderNo,
        step,
        decision.name(),
        reason == null || reason.isBlank() ? null : reason.strip(),
        by,
        Timestamp.from(clock.now()));
  }
}
