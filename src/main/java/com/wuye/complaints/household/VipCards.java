package com.wuye.complaints.household;

import com.wuye.complaints.support.ApiProblemException;
import com.wuye.complaints.support.CompanySettings;
import com.wuye.complaints.support.DecisionTables;
import com.wuye.complaints.support.EngineClock;
import com.wuye.complaints.support.IsoDurations;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R-CUST-3 VIP cards: issue (JK + level + the lowest free sequence of the level, valid for what
 * decision vip-card-validity says), revoke with a reason (e.g. malicious fee arrears), replace a
 * lost card under the same number; every step in the audit trail vip_card_event. Two issues at once
 * never get the same number: the database's unique (level, held sequence) refuses the second, which
 * tries the next free number in a fresh transaction.
 */
@Service
class VipCards {

  static final String VALIDITY_DECISION = "vip-card-validity";

  /**
   * Outputs of {@link #VALIDITY_DECISION}: how long a card is valid, and how long before expiry it
   * is up for renewal.
   */
  static final String VALID_FOR = "validFor";

  static final String RENEW_BEFORE = "renewBefore";
  private static final int ATTEMPTS = 20;

  record CardWithEvents(VipCard card, List<VipCardEvent> events) {}

  private final VipCardRepository cards;
  private final VipCardEventRepository events;
  private final CustomerRepository customers;
  private final DecisionTables decisions;
  private final CompanySettings settings;
  private final EngineClock clock;
  private final TransactionTemplate transaction;

  VipCards(
      VipCardRepository cards,
      VipCardEventRepository events,
      CustomerRepository customers,
      DecisionTables decisions,
      CompanySettings settings,
      EngineClock clock,
      PlatformTransactionManager transactions) {
    this.cards = cards;
    this.events = events;
    this.customers = customers;
    this.decisions = decisions;
    this.settings = settings;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * A new card for the customer; 404 unknown customer, 409 when they hold a valid card or the level
   * is full.
   */
  VipCard issue(long customerId, int level, String reason, String by) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.execute(status -> issueOnce(customerId, level, reason, by));
      } catch (DataIntegrityViolationException | ConcurrencyFailureException taken) {
        if (attempt >= ATTEMPTS) {
          throw ApiProblemException.conflict("household.vip-card-numbers-are-contended");
        }
      }
    }
  }

  private VipCard issueOnce(long customerId, int level, String reason, String by) {
    if (!customers.existsById(customerId)) {
      throw CustomerRegister.unknown(customerId);
    }
    Instant now = clock.now();
    releaseExpired(level, now, by);
    if (cards.findByCustomerIdAndStatusOrderByIdDesc(customerId, VipCard.Status.VALID).stream()
        .anyMatch(c -> c.isValidAt(now))) {
      throw ApiProblemException.conflict("household.customer-holds-valid-vip-card");
    }
    int sequence = VipCardNumbers.next(level, cards.heldSequences(level));
    String validFor = validity(level, VALID_FOR);
    VipCard card =
        cards.saveAndFlush(
            new VipCard(
                customerId,
                level,
                sequence,
                reason,
                by,
                now,
                IsoDurations.addTo(now, validFor, settings.timeZone())));
    trail(card, VipCardEvent.Type.ISSUED, reason, by, now);
    return card;
  }

  /**
   * Expired cards let their numbers go (and say so in the trail) before a number of the level is
   * chosen.
   */
  private void releaseExpired(int level, Instant now, String by) {
    for (VipCard expired : cards.expiredStillHolding(level, now)) {
      expired.expire();
      trail(expired, VipCardEvent.Type.EXPIRED, null, by, now);
    }
    cards.flush();
  }

  /** An output of decision vip-card-validity for the level (an ISO-8601 period). */
  String validity(int level, String output) {
    return decisions.output(VALIDITY_DECISION, Map.of("level", level), output);
  }

  /**
   * R-CUST-3 renewal after eligibility was re-checked: the card keeps its number and is valid for
   * another period of vip-card-validity from its present expiry; the trail records it. 409 when the
   * card no longer holds its number (revoked or expired meanwhile).
   */
  VipCard renew(long cardId, String reason, String by) {
    return transaction.execute(
        status -> {
          VipCard card = byId(cardId);
          if (card.getStatus() != VipCard.Status.VALID || !card.isValidAt(clock.now())) {
            throw ApiProblemException.conflict(
                "household.card-no-longer-valid-cannot", card.getCardNo());
          }
          card.renew(
              IsoDurations.addTo(
                  card.getValidUntil(), validity(card.getLevel(), VALID_FOR), settings.timeZone()));
          trail(card, VipCardEvent.Type.RENEWED, reason, by, clock.now());
          return card;
        });
  }

  /**
   * R-CUST-3 not renewed: revoked now (its number is free again), or left to expire; the reason
   * goes in the trail.
   */
  VipCard endWithoutRenewal(long cardId, boolean revokeNow, String reason, String by) {
    return transaction.execute(
        status -> {
          VipCard card = byId(cardId);
          if (revokeNow && card.getStatus() == VipCard.Status.VALID) {
            card.revoke();
            trail(card, VipCardEvent.Type.REVOKED, reason, by, clock.now());
          } else {
            trail(card, VipCardEvent.Type.NO_RENEWAL, reason, by, clock.now());
          }
          return card;
        });
  }

  /**
   * Revokes the customer's valid card with the reason; its number is free again. 404 when they hold
   * none.
   */
  VipCard revoke(long customerId, String reason, String by) {
    return changeCurrent(customerId, VipCard::revoke, VipCardEvent.Type.REVOKED, reason, by);
  }

  /**
   * A lost card is replaced under the same number and validity; the trail records it. 404 when none
   * is valid.
   */
  VipCard replace(long customerId, String reason, String by) {
    return changeCurrent(customerId, VipCard::replaced, VipCardEvent.Type.REPLACED, reason, by);
  }

  /** The customer's valid card, changed and the change written to its trail, in one transaction. */
  private VipCard changeCurrent(
      long customerId, Consumer<VipCard> change, VipCardEvent.Type type, String reason, String by) {
    return transaction.execute(
        status -> {
          VipCard card = current(customerId);
          change.accept(card);
          trail(card, type, reason, by, clock.now());
          return card;
        });
  }

  private VipCard byId(long cardId) {
    return cards
        .findById(cardId)
        .orElseThrow(() -> ApiProblemException.notFound("household.no-such-vip-card"));
  }

  /** One entry of the card's trail. */
  private void trail(VipCard card, VipCardEvent.Type type, String reason, String by, Instant at) {
    events.save(new VipCardEvent(card.getId(), type, reason, by, at));
  }

  /**
   * Every card the customer has had, oldest first, each with its trail. 404 for an unknown
   * customer.
   */
  List<CardWithEvents> history(long customerId) {
    return transaction.execute(
        status -> {
          if (!customers.existsById(customerId)) {
            throw CustomerRegister.unknown(customerId);
          }
          return cards.findByCustomerIdOrderByIdAsc(customerId).stream()
              .map(card -> new CardWithEvents(card, events.findByCardIdOrderByIdAsc(card.getId())))
              .toList();
        });
  }

  private VipCard current(long customerId) {
    if (!customers.existsById(customerId)) {
      throw CustomerRegister.unknown(customerId);
    }
    Instant now = clock.now();
    return cards.findByCustomerIdAndStatusOrderByIdDesc(customerId, VipCard.Status.VALID).stream()
        .filter(card -> card.isValidAt(now))
        .findFirst()
        .orElseThrow(() -> ApiProblemException.notFound("household.customer-holds-no-valid-vip"));
  }
}
