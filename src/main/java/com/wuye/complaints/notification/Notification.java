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

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "complaint_id")
  private Long complaintId;

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

  protected Notification() {
  }

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

  public Long getId() { return id; }
  public Long getComplaintId() { return complaintId; }
  public String getRecipientGroup() { return recipientGroup; }
  public String getChannel() { return channel; }
  public String getSubject() { return subject; }
  public String getBody() { return body; }
  public NotificationStatus getStatus() { return status; }
  public int getAttempts() { return attempts; }
  public String getLastError() { return lastError; }
  public Instant getSentAt() { return sentAt; }
}
