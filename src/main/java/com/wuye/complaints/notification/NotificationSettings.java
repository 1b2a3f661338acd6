package com.wuye.complaints.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code complaints.notifications.*}: how the outbox is delivered (operations, not business rules;
 * the values are in application.yml).
 *
 * @param sendInterval how often the sender job looks for due notifications
 * @param retryDelay how long after a failed attempt the next one is made
 * @param maxAttempts after this many failed attempts a notification is FAILED and stays for
 *     operators
 * @param batchSize how many notifications one run delivers at most
 * @param mailFrom sender address of e-mails; mail is sent only when spring.mail.host is set
 */
@ConfigurationProperties("complaints.notifications")
record NotificationSettings(
    Duration sendInterval, Duration retryDelay, int maxAttempts, int batchSize, String mailFrom) {}
