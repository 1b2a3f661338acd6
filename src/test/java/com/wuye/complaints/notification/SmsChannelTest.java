package com.wuye.complaints.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-LOOP the SMS gateway client against a stub gateway on a random local port: what it sends, and
 * what the outbox makes of the answer (5xx: retried, 4xx: FAILED at once).
 */
class SmsChannelTest {

  private static final String PHONE = "13812345678";
  private static final String TEXT = "【物业客服中心】您好，您的投诉已受理，投诉编号 TS-20261102-0001。";

  private record Received(
      String method, String path, String contentType, String authorization, String body) {}

  private final List<Received> received = new ArrayList<>();
  private final AtomicInteger status = new AtomicInteger(200);
  private HttpServer gateway;
  private SmsChannel sms;

  @BeforeEach
  void startStubGateway() throws IOException {
    gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    gateway.createContext(
        "/sms/send",
        exchange -> {
          synchronized (received) {
            received.add(
                new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
          }
          byte[] answer =
              "{\"phone\":\"13812345678\"}"
                  .getBytes(StandardCharsets.UTF_8); // a gateway may echo the phone
          exchange.sendResponseHeaders(status.get(), answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    gateway.start();
    sms =
        new SmsChannel(
            settings(
                URI.create("http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms/send")));
  }

  @AfterEach
  void stopStubGateway() {
    gateway.stop(0);
  }

  @Test
  @DisplayName("R-LOOP posts the phone and the Chinese text as UTF-8 JSON with the API key")
  void postsPhoneAndChineseTextWithTheApiKey() throws Exception {
    sms.send(PHONE, TEXT);

    assertThat(received)
        .singleElement()
        .satisfies(
            request -> {
              assertThat(request.method()).isEqualTo("POST");
              assertThat(request.path()).isEqualTo("/sms/send");
              assertThat(request.contentType())
                  .startsWith("application/json")
                  .containsIgnoringCase("utf-8");
              assertThat(request.authorization()).isEqualTo("Bearer test-key");
              JsonNode body = new ObjectMapper().readTree(request.body());
              assertThat(body.get("phone").asText()).isEqualTo(PHONE);
              assertThat(body.get("text").asText()).isEqualTo(TEXT);
            });
  }

  @Test
  @DisplayName(
      "R-LOOP a 5xx from the gateway is retried later: the message stays PENDING with an attempt counted")
  void retriesAfterAServerError() {
    status.set(503);
    Notification message = pendingSms();

    ChannelDeliveryException failure = deliver(message);

    assertThat(failure.isPermanent()).isFalse();
    assertThat(message.getStatus()).isEqualTo(NotificationStatus.PENDING);
    assertThat(message.getAttempts()).isEqualTo(1);
    assertThat(message.getLastError()).contains("503").doesNotContain(PHONE);
  }

  @Test
  @DisplayName(
      "R-LOOP a 4xx from the gateway is a refusal: the message is FAILED at once, no retry")
  void failsAtOnceWhenTheGatewayRefuses() {
    status.set(400);
    Notification message = pendingSms();

    ChannelDeliveryException failure = deliver(message);

    assertThat(failure.isPermanent()).isTrue();
    assertThat(message.getStatus()).isEqualTo(NotificationStatus.FAILED);
    assertThat(message.getAttempts()).isEqualTo(1);
    assertThat(message.getLastError()).contains("400").doesNotContain(PHONE);
  }

  @Test
  @DisplayName("R-LOOP 429 (too many requests) is retried, not refused")
  void retriesWhenThrottled() {
    status.set(429);
    assertThat(deliver(pendingSms()).isPermanent()).isFalse();
  }

  @Test
  @DisplayName("R-LOOP a gateway that cannot be reached is retried")
  void retriesWhenTheGatewayIsDown() {
    gateway.stop(0);
    Notification message = pendingSms();

    assertThat(deliver(message).isPermanent()).isFalse();
    assertThat(message.getStatus()).isEqualTo(NotificationStatus.PENDING);
  }

  private ChannelDeliveryException deliver(Notification message) {
    ChannelDeliveryException[] thrown = new ChannelDeliveryException[1];
    assertThatThrownBy(
            () -> {
              try {
                sms.send(PHONE, message.getBody());
              } catch (ChannelDeliveryException e) {
                thrown[0] = e;
                message.failed(e, Instant.now().plus(Duration.ofMinutes(2)), 5);
                throw e;
              }
            })
        .isInstanceOf(ChannelDeliveryException.class);
    return thrown[0];
  }

  private static Notification pendingSms() {
    return Notification.toComplainant(
        1L, NoticeChannel.SMS, "受理确认 Acknowledgement", TEXT, Instant.now());
  }

  private static MessageGatewaySettings settings(URI url) {
    MessageGatewaySettings settings = new MessageGatewaySettings();
    settings.setUrl(url);
    settings.setApiKey("test-key");
    settings.setConnectTimeout(Duration.ofSeconds(2));
    settings.setReadTimeout(Duration.ofSeconds(2));
    return settings;
  }
}
