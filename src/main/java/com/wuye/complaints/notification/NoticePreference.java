package com.wuye.complaints.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How the complainant of one complaint wants to be told (intake): the channel, or not at all. */
@Entity
@Table(name = "complainant_notice_preference")
class NoticePreference {

  @Id
  @Column(name = "complaint_id")
  private Long complaintId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private NoticeChannel channel;

  @Column(name = "opted_out", nullable = false)
  private boolean optedOut;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected NoticePreference() {}

  NoticePreference(long complaintId, NoticeChannel channel, boolean optedOut, Instant recordedAt) {
    this.complaintId = complaintId;
    this.channel = channel;
    this.optedOut = optedOut;
    this.recordedAt = recordedAt;
  }

  NoticeChannel getChannel() {
    return channel;
  }

  boolean isOptedOut() {
    return optedOut;
  }
}
