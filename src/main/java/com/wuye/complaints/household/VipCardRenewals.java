package com.wuye.complaints.household;

import com.wuye.complaints.support.CompanySettings;
import com.wuye.complaints.support.EngineClock;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import com.wuye.complaints.support.IsoDurations;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R-CUST-3 renewal re-checks eligibility. {@link #startDue()} (run by the clustered Quartz job
 * {@link VipCardRenewalJob}) gives customer relations one task (process vip-card-renewal) per valid
 * card whose expiry is within the lead time {@code renewBefore} of decision vip-card-validity —
 * once per card and expiry, however often and on however many nodes it runs. {@link #decide}
 * records what customer relations concluded: renewed (same number, another validity period from the
 * decision), or not renewed — revoked now or left to expire — with a reason.
 */
@Service
public class VipCardRenewals {

  private static final Logger LOG = LoggerFactory.getLogger(VipCardRenewals.class);

  private final VipCardRepository cards;
  private final VipCardRenewalRepository renewals;
  private final CustomerRepository customers;
  private final VipCards vipCards;
  private final RuntimeService runtime;
  private final CompanySettings settings;
  private final EngineClock clock;
  private final TransactionTemplate transaction;

  VipCardRenewals(
      VipCardRepository cards,
      VipCardRenewalRepository renewals,
      CustomerRepository customers,
      VipCards vipCards,
      RuntimeService runtime,
      CompanySettings settings,
      EngineClock clock,
      PlatformTransactionManager transactions) {
    this.cards = cards;
    this.renewals = renewals;
    this.customers = customers;
    this.vipCards = vipCards;
    this.runtime = runtime;
    this.settings = settings;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * Starts the renewal task of every card now within its lead time that has none for its expiry;
   * returns how many.
   */
  public int startDue() {
    Instant now = clock.now();
    int started = 0;
    for (int cardLevel = 0; cardLevel <= 2; cardLevel++) {
      int level = cardLevel;
      Instant horizon =
          IsoDurations.addTo(
              now, vipCards.validity(level, VipCards.RENEW_BEFORE), settings.timeZone());
      List<VipCard> due = transaction.execute(status -> cards.dueForRenewal(level, now, horizon));
      for (VipCard card : due) {
        if (startOne(card.getId(), now)) {
          started++;
        }
      }
    }
    return started;
  }

  /** One card's task, in a transaction of its own; false when another run got there first. */
  private boolean startOne(long cardId, Instant now) {
    try {
      return Boolean.TRUE.equals(
          transaction.execute(
              status -> {
                VipCard card = cards.findById(cardId).orElseThrow();
                if (!card.isValidAt(now)) {
                  return false;
                }
                VipCardRenewal renewal =
                    renewals.saveAndFlush(
                        new VipCardRenewal(card.getId(), card.getValidUntil(), now));
                Map<String, Object> variables = new HashMap<>();
                variables.put(VipCardRenewalProcess.RENEWAL_ID, renewal.getId());
                variables.put(VipCardRenewalProcess.CARD_ID, card.getId());
                variables.put(VipCardRenewalProcess.CARD_NO, card.getCardNo());
                variables.put(VipCardRenewalProcess.CUSTOMER_ID, card.getCustomerId());
                variables.put(
                    VipCardRenewalProcess.CUSTOMER_CATEGORY,
                    customers
                        .findById(card.getCustomerId())
                        .map(c -> c.getCategory().name())
                        .orElse(null));
                variables.put(VipCardRenewalProcess.VALID_UNTIL, Date.from(card.getValidUntil()));
                variables.put(
                    VipCardRenewalProcess.EXPIRES_ON,
                    card.getValidUntil().atZone(settings.timeZone()).toLocalDate().toString());
                renewal.started(
                    runtime
                        .startProcessInstanceByKey(
                            VipCardRenewalProcess.KEY, card.getCardNo(), variables)
                        .getId());
                LOG.info(
                    "renewal task started for VIP card {} expiring {}",
                    card.getCardNo(),
                    card.getValidUntil());
                return true;
              }));
    } catch (DataIntegrityViolationException startedElsewhere) {
      return false; // uq_vip_card_renewal: this card's task for this expiry exists already
    }
  }

  /**
   * R-CUST-3 what customer relations decided at the renewal task; a reason is required unless
   * renewed. True when renewed.
   */
  boolean decide(long renewalId, String decision, String reason, String by) {
    VipCardRenewal.Decision chosen;
    try {
      chosen = VipCardRenewal.Decision.valueOf(decision == null ? "" : decision);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          List.of(
              FieldError.of(
                  VipCardRenewalProcess.DECISION,
                  "invalid.household.choose-renew-let-expire-revoke")));
    }
    if (chosen != VipCardRenewal.Decision.RENEW && (reason == null || reason.isBlank())) {
      throw new InvalidInputException(
          List.of(
              FieldError.of(
                  VipCardRenewalProcess.REASON,
                  "invalid.household.not-renewing-revoking-needs-reason-r")));
    }
    String why = reason == null || reason.isBlank() ? null : reason.strip();
    return Boolean.TRUE.equals(
        transaction.execute(
            status -> {
              VipCardRenewal renewal = renewals.findById(renewalId).orElseThrow();
              switch (chosen) {
                case RENEW -> vipCards.renew(renewal.getCardId(), why, by);
                case REVOKE -> vipCards.endWithoutRenewal(renewal.getCardId(), true, why, by);
                case LET_EXPIRE -> vipCards.endWithoutRenewal(renewal.getCardId(), false, why, by);
              }
              renewal.decided(chosen, by, clock.now());
              return chosen == VipCardRenewal.Decision.RENEW;
            }));
  }
}
