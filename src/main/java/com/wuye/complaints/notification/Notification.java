package com.wuye.complaints.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message in the outbox: to whom, by which channel, what, and how delivery went. */
@Entity
@Table(name = "notification")
public class Notification {

  static final String EMAIL = "EMAIL";

  /**
   * The recipient of messages by SMS or WeChat: the complainant, whose phone is read from the
   * complaint at send time.
   */
  static final String COMPLAINANT = "complainant";

  /**
   * The recipient of messages by SMS about a repair order: its requester, whose phone is read from
   * the repair order at send time.
   */
  static final String REPAIR_CUSTOMER = "repair-customer";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "complaint_id")
  private Long complaintId;

  @Column(name = "repair_order_id")
  private Long repairOrderId;

  /** Set for messages that must be enqueued only once (a retried job enqueues nothing twice). */
  @Column(name = "dedup_key", length = 120)
  private String dedupKey;

  @Column(name = "recipient_group", nullable = false, length = 64)
  private String recipientGroup;

  @Column(nullable = false, length = 20)
  private String channel;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(nullable = false, length = 4000)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private NotificationStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected Notification() {}

  Notification(Long complaintId, String recipientGroup, String subject, String body, Instant now) {
    this.complaintId = complaintId;
    this.recipientGroup = recipientGroup;
    this.channel = EMAIL;
    this.subject = subject;
    this.body = body;
    this.status = NotificationStatus.PENDING;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  /** A message to the complainant of a complaint by their channel; the text carries no phone. */
  static Notification toComplainant(
      long complaintId, NoticeChannel channel, String subject, String body, Instant now) {
    Notification n = new Notification(complaintId, COMPLAINANT, subject, body, now);
    n.channel = channel.name();
    return n;
  }

  /**
   * A message the complainant is not sent (they opted out), kept so the case shows it was not
   * forgotten.
   */
  static Notification skippedForComplainant(
      long complaintId,
      NoticeChannel channel,
      String subject,
      String body,
      String reason,
      Instant now) {
    Notification n = toComplainant(complaintId, channel, subject, body, now);
    n.status = NotificationStatus.SKIPPED;
    n.lastError = reason;
    return n;
  }

  /**
   * A message about a repair order to a staff group (by e-mail), or to its requester when the group
   * is {@link #REPAIR_CUSTOMER} (by SMS); enqueued once per dedup key.
   */
  static Notification aboutRepair(
      long repairOrderId,
      String recipientGroup,
      String subject,
      String body,
      String dedupKey,
      Instant now) {
    Notification n = new Notification(null, recipientGroup, subject, body, now);
    n.repairOrderId = repairOrderId;
    n.dedupKey = dedupKey;
    if (REPAIR_CUSTOMER.equals(recipientGroup)) {
      n.channel = NoticeChannel.SMS.name();
    }
    return n;
  }

  boolean isForRepairCustomer() {
    return repairOrderId != null && REPAIR_CUSTOMER.equals(recipientGroup);
  }

  boolean isForComplainant() {
    return COMPLAINANT.equals(recipientGroup) && !EMAIL.equals(channel);
  }

  /**
   * A channel's failure: a refusal (4xx) is FAILED at once, anything else is retried like any
   * failure.
   */
  void failed(ChannelDeliveryException e, Instant retryAt, int maxAttempts) {
    if (e.isPermanent()) {
      refused(e.getMessage());
    } else {
      failed(e.getMessage(), retryAt, maxAttempts);
    }
  }

  /** Refused for good (the gateway answered 4xx): FAILED at once, no further attempt. */
  private void refused(String error) {
    this.attempts++;
    this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    this.status = NotificationStatus.FAILED;
  }

  void sent(Instant at) {
    this.status = NotificationStatus.SENT;
    this.sentAt = at;
    this.attempts++;
    this.lastError = null;
  }

  void failed(String error, Instant retryAt, int maxAttempts) {
    this.attempts++;
    this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    if (attempts >= maxAttempts) {
      this.status = NotificationStatus.FAILED;
    } else {
      this.nextAttemptAt = retryAt;
    }
  }

  public Long getId() {
    return id;
  }

  public Long getComplaintId() {
    return complaintId;
  }

  public Long getRepairOrderId() {
    return repairOrderId;
  }

  public String getDedupKey() {
    return dedupKey;
  }

  public String getRecipientGroup() {
    return recipientGroup;
  }

  public String getChannel() {
    return channel;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public NotificationStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
