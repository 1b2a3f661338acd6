package com.wuye.complaints.notification;

import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.customer.PersonalData;
import com.wuye.complaints.support.EngineClock;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due notifications from the outbox: by e-mail to the members of the recipient group when
 * mail is configured, otherwise to the log; a message to a complainant by their channel (SMS,
 * WeChat) to the phone read from the complaint row now, a message to the requester of a repair
 * order by SMS to the phone read from the repair order row now, never stored with the message nor
 * logged unmasked. A channel's refusal (4xx) makes it FAILED at once. Each notification is
 * delivered in a transaction of its own; a failure counts an attempt and schedules a retry, and
 * after the last attempt the row stays FAILED for operators to see: nothing vanishes.
 */
@Component
public class NotificationSender {

  private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);

  private final NotificationRepository outbox;
  private final IdentityService identity;
  private final ObjectProvider<JavaMailSender> mail;
  private final NotificationSettings settings;
  private final EngineClock clock;
  private final TransactionTemplate eachInItsOwnTransaction;
  private final ComplaintService complaints;
  private final ComplainantChannels.Registry channels;
  private final RepairCustomerPhones repairPhones;

  NotificationSender(
      NotificationRepository outbox,
      IdentityService identity,
      ObjectProvider<JavaMailSender> mail,
      NotificationSettings settings,
      EngineClock clock,
      PlatformTransactionManager txManager,
      ComplaintService complaints,
      ComplainantChannels.Registry channels,
      RepairCustomerPhones repairPhones) {
    this.outbox = outbox;
    this.repairPhones = repairPhones;
    this.complaints = complaints;
    this.channels = channels;
    this.identity = identity;
    this.mail = mail;
    this.settings = settings;
    this.clock = clock;
    this.eachInItsOwnTransaction = new TransactionTemplate(txManager);
    this.eachInItsOwnTransaction.setPropagationBehavior(
        TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Delivers what is due now; returns how many were sent. */
  public int sendDue() {
    List<Long> due =
        outbox.findDueIds(
            NotificationStatus.PENDING, clock.now(), PageRequest.of(0, settings.batchSize()));
    int sent = 0;
    for (Long id : due) {
      Boolean ok = eachInItsOwnTransaction.execute(status -> deliver(id));
      if (Boolean.TRUE.equals(ok)) {
        sent++;
      }
    }
    return sent;
  }

  private boolean deliver(Long id) {
    Notification n = outbox.findById(id).orElseThrow();
    if (n.getStatus() != NotificationStatus.PENDING) {
      return false; // another node delivered it meanwhile
    }
    try {
      if (n.isForRepairCustomer()) {
        toRepairCustomer(n);
        n.sent(clock.now());
        return true;
      }
      if (n.isForComplainant()) {
        toComplainant(n);
        n.sent(clock.now());
        return true;
      }
      JavaMailSender mailer = mail.getIfAvailable();
      List<String> addresses = addressesOf(n.getRecipientGroup());
      if (mailer != null && !addresses.isEmpty()) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.mailFrom());
        message.setTo(addresses.toArray(String[]::new));
        message.setSubject(n.getSubject());
        message.setText(n.getBody());
        mailer.send(message);
      } else {
        log.info(
            "notification {} to {}: {} / {}",
            n.getId(),
            n.getRecipientGroup(),
            n.getSubject(),
            n.getBody());
      }
      n.sent(clock.now());
      return true;
    } catch (ChannelDeliveryException e) {
      n.failed(e, clock.now().plus(settings.retryDelay()), settings.maxAttempts());
      log.warn(
          "notification {} to the complainant of complaint {} failed (attempt {}, {}): {}",
          n.getId(),
          n.getComplaintId(),
          n.getAttempts(),
          n.getStatus(),
          e.getMessage());
      return false;
    } catch (RuntimeException e) {
      n.failed(e.toString(), clock.now().plus(settings.retryDelay()), settings.maxAttempts());
      log.warn(
          "notification {} to {} failed (attempt {}): {}",
          n.getId(),
          n.getRecipientGroup(),
          n.getAttempts(),
          e.toString());
      return false;
    }
  }

  private void toComplainant(Notification n) {
    String phone = complaints.get(n.getComplaintId()).getComplainantPhone();
    channels.of(NoticeChannel.valueOf(n.getChannel())).send(phone, n.getBody());
    log.info(
        "notification {} to the complainant of complaint {} by {} at {}",
        n.getId(),
        n.getComplaintId(),
        n.getChannel(),
        PersonalData.maskPhone(phone));
  }

  private void toRepairCustomer(Notification n) {
    String phone = repairPhones.phoneOf(n.getRepairOrderId());
    channels.of(NoticeChannel.valueOf(n.getChannel())).send(phone, n.getBody());
    log.info(
        "notification {} to the requester of repair order {} by {} at {}",
        n.getId(),
        n.getRepairOrderId(),
        n.getChannel(),
        PersonalData.maskPhone(phone));
  }

  private List<String> addressesOf(String group) {
    return identity.createUserQuery().memberOfGroup(group).list().stream()
        .map(User::getEmail)
        .filter(Objects::nonNull)
        .filter(email -> !email.isBlank())
        .toList();
  }
}
