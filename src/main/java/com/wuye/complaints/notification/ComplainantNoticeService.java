package com.wuye.complaints.notification;

import com.wuye.complaints.support.EngineClock;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-LOOP the complainant is told: an acknowledgement with the complaint number when it is
 * registered and the result after feedback, by the channel chosen at intake (SMS by default),
 * through the outbox in the caller's transaction (an intake that rolls back leaves no message). A
 * complainant who opted out gets nothing; the message is recorded as SKIPPED. The texts are the
 * templates of {@link MessageTemplates}; the phone is read from the complaint only when the message
 * is sent.
 */
@Service
public class ComplainantNoticeService {

  /** The result is cut to this many characters: a text message, not the case file. */
  static final int RESULT_LENGTH = 70;

  private final NotificationRepository outbox;
  private final NoticePreferenceRepository preferences;
  private final MessageTemplates templates;
  private final EngineClock clock;

  ComplainantNoticeService(
      NotificationRepository outbox,
      NoticePreferenceRepository preferences,
      MessageTemplates templates,
      EngineClock clock) {
    this.outbox = outbox;
    this.preferences = preferences;
    this.templates = templates;
    this.clock = clock;
  }

  /**
   * At registration: records how the complainant wants to be told and acknowledges the complaint.
   */
  @Transactional
  public void acknowledge(
      long complaintId, String complaintNo, NoticeChannel channel, boolean optedOut) {
    NoticePreference preference =
        preferences.save(
            new NoticePreference(
                complaintId, channel == null ? NoticeChannel.SMS : channel, optedOut, clock.now()));
    queue(
        complaintId, preference, "complainant.acknowledgement", Map.of("complaintNo", complaintNo));
  }

  /** After feedback: the result, as the handler fed it back. */
  @Transactional
  public void tellResult(long complaintId, String complaintNo, String result) {
    NoticePreference preference =
        preferences
            .findById(complaintId)
            .orElseGet(
                () -> new NoticePreference(complaintId, NoticeChannel.SMS, false, clock.now()));
    queue(
        complaintId,
        preference,
        "complainant.result",
        Map.of("complaintNo", complaintNo, "result", shorten(result)));
  }

  private void queue(
      long complaintId, NoticePreference preference, String template, Map<String, String> values) {
    String subject = templates.render(template + ".subject", values);
    String text = templates.render(template + ".text", values);
    if (preference.isOptedOut()) {
      outbox.save(
          Notification.skippedForComplainant(
              complaintId,
              preference.getChannel(),
              subject,
              text,
              templates.render("complainant.optedOut", Map.of()),
              clock.now()));
    } else {
      outbox.save(
          Notification.toComplainant(
              complaintId, preference.getChannel(), subject, text, clock.now()));
    }
  }

  private static String shorten(String result) {
    String text = result == null ? "" : result.strip();
    return text.codePointCount(0, text.length()) <= RESULT_LENGTH
        ? text
        : text.substring(0, text.offsetByCodePoints(0, RESULT_LENGTH)) + "…";
  }
}
