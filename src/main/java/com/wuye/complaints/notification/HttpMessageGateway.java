package com.wuye.complaints.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The HTTP contract of the company's message gateways: {@code POST <url>} with {@code
 * Authorization: Bearer <api-key>} and the JSON body {@code {"phone": "...", "text": "..."}} in
 * UTF-8. 2xx is delivered; 5xx, 408, 429, a timeout or no connection is worth a retry; any other
 * 4xx is a refusal. The response body is never kept (a gateway may echo the phone).
 */
class HttpMessageGateway {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final MessageGatewaySettings settings;
  private final HttpClient http;

  HttpMessageGateway(String name, MessageGatewaySettings settings) {
    this.name = name;
    this.settings = settings;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(settings.getConnectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  void post(String phone, String text) {
    HttpRequest request =
        HttpRequest.newBuilder(settings.getUrl())
            .timeout(settings.getReadTimeout())
            .header("Content-Type", "application/json; charset=utf-8")
            .header(
                "Authorization",
                "Bearer " + (settings.getApiKey() == null ? "" : settings.getApiKey()))
            .POST(HttpRequest.BodyPublishers.ofString(body(phone, text), StandardCharsets.UTF_8))
            .build();
    int status;
    try {
      status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw ChannelDeliveryException.transientFailure(
          name + " gateway not reachable: " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ChannelDeliveryException.transientFailure(name + " gateway call interrupted", e);
    }
    if (status >= 200 && status < 300) {
      return;
    }
    if (status >= 500 || status == 408 || status == 429) {
      throw ChannelDeliveryException.transientFailure(name + " gateway answered " + status, null);
    }
    throw ChannelDeliveryException.permanentFailure(
        name + " gateway refused the message: " + status);
  }

  private static String body(String phone, String text) {
    try {
      return JSON.writeValueAsString(Map.of("phone", phone, "text", text));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
