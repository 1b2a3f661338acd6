package com.wuye.complaints.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.springframework.data.domain.Persistable;

/**
 * How the complainant of one complaint wants to be told (intake): the channel, or not at all. Its
 * id is the complaint's, so it says itself whether it is new (issue 18: saving a new one inserts it
 * without first selecting it by id).
 */
@Entity
@Table(name = "complainant_notice_preference")
class NoticePreference implements Persistable<Long> {

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

  @Transient private boolean stored;

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

  @Override
  public Long getId() {
    return complaintId;
  }

  @Override
  public boolean isNew() {
    return !stored;
  }

  @PostLoad
  @PostPersist
  void stored() {
    stored = true;
  }
}
