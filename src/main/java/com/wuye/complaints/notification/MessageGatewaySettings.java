package com.wuye.complaints.notification;

import java.net.URI;
import java.time.Duration;

/**
 * {@code complaints.sms.gateway.*} and {@code complaints.wechat.gateway.*}: where a channel's HTTP
 * gateway is and how long to wait for it (operations, not business rules; see docs/operations.md).
 * Without a url the channel is not configured and messages are recorded, not sent.
 */
class MessageGatewaySettings {

  private URI url;
  private String apiKey;
  private Duration connectTimeout = Duration.ofSeconds(5);
  private Duration readTimeout = Duration.ofSeconds(10);

  boolean configured() {
    return url != null && !url.toString().isBlank();
  }

  public URI getUrl() {
    return url;
  }

  public void setUrl(URI url) {
    this.url = url;
  }

  public String getApiKey() {
    return apiKey;
  }

  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  public Duration getReadTimeout() {
    return readTimeout;
  }

  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }
}
