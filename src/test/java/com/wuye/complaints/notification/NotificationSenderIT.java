package com.wuye.complaints.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.support.EngineClock;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The outbox sender against a real SMTP server (GreenMail): delivery, failure, retry, recovery. The
 * sender is the real class on the application's outbox, engine and transactions, given a mail
 * sender aimed at GreenMail; so this class shares the application context of the other integration
 * tests instead of starting one of its own for the spring.mail properties. (That spring.mail.*
 * gives the application its mail sender is Spring Boot's mail auto-configuration;
 * docs/operations.md lists the properties.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NotificationSenderIT {

  // one fixed free port, so the server is found again after the tests stop and restart it
  private static final ServerSetup SMTP =
      new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

  @RegisterExtension
  static GreenMailExtension mail =
      new GreenMailExtension(SMTP)
          .withConfiguration(GreenMailConfiguration.aConfig())
          .withPerMethodLifecycle(false);

  private static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Autowired NotificationService notifications;
  @Autowired NotificationRepository outbox;
  @Autowired IdentityService identity;
  @Autowired NotificationSettings settings;
  @Autowired EngineClock clock;
  @Autowired PlatformTransactionManager transactions;
  @Autowired ComplaintService complaints;
  @Autowired ComplainantChannels.Registry channels;
  @Autowired RepairCustomerPhones repairPhones;

  private NotificationSender sender;
  private String group;

  @BeforeEach
  void recipients() throws Exception {
    JavaMailSenderImpl smtp = new JavaMailSenderImpl();
    smtp.setHost("127.0.0.1");
    smtp.setPort(SMTP.getPort());
    sender =
        new NotificationSender(
            outbox,
            identity,
            new StaticListableBeanFactory(Map.of("mailSender", smtp))
                .getBeanProvider(JavaMailSender.class),
            settings,
            clock,
            transactions,
            complaints,
            channels,
            repairPhones);
    mail.purgeEmailFromAllMailboxes();
    outbox.deleteAll();
    group = "notify-" + System.nanoTime();
    identity.saveGroup(identity.newGroup(group));
    User user = identity.newUser("u" + System.nanoTime());
    user.setEmail("supervisor@wuye.local");
    identity.saveUser(user);
    identity.createMembership(user.getId(), group);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    if (!mail.isRunning()) {
      mail.start();
    }
  }

  @Test
  @DisplayName("a notification in the outbox reaches the group's members by e-mail, once")
  void deliversOutboxByMailOnce() throws Exception {
    notifications.notifyGroup(
        null, group, "响应超时 Response overdue TS-20261122-0001", "请跟进 please follow up");

    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sender.sendDue()).as("a sent notification is not sent again").isZero();

    MimeMessage[] received = mail.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("响应超时 Response overdue TS-20261122-0001");
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("supervisor@wuye.local");
    assertThat(outbox.findAll())
        .singleElement()
        .extracting(Notification::getStatus)
        .isEqualTo(NotificationStatus.SENT);
  }

  @Test
  @DisplayName(
      "with SMTP down a notification is retried, stays visible, and is delivered once after recovery")
  void retriesWhileSmtpIsDownThenDeliversOnce() throws Exception {
    notifications.notifyGroup(null, group, "投诉升级 Complaint escalated", "升级 escalated");
    mail.stop();

    assertThat(sender.sendDue()).isZero();
    Notification failed = outbox.findAll().get(0);
    assertThat(failed.getStatus()).isEqualTo(NotificationStatus.PENDING);
    assertThat(failed.getAttempts()).isEqualTo(1);
    assertThat(failed.getLastError()).isNotBlank();
    assertThat(sender.sendDue()).as("not retried before its retry time").isZero();

    mail.start();
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofMinutes(3))));
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(mail.getReceivedMessages()).hasSize(1);
    assertThat(outbox.findAll().get(0).getStatus()).isEqualTo(NotificationStatus.SENT);
  }

  @Test
  @DisplayName("after the last attempt a notification is FAILED, kept for operators, never lost")
  void keepsNotificationAsFailedAfterLastAttempt() {
    notifications.notifyGroup(null, group, "回访超时 Return visit overdue", "回访 visit");
    mail.stop();

    Instant now = Instant.now();
    for (int attempt = 1; attempt <= 5; attempt++) {
      ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofMinutes(3L * attempt))));
      sender.sendDue();
    }

    Notification failed = outbox.findAll().get(0);
    assertThat(failed.getStatus()).isEqualTo(NotificationStatus.FAILED);
    assertThat(failed.getAttempts()).isEqualTo(5);
  }
}
