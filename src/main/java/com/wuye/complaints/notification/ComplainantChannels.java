package com.wuye.complaints.notification;

import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The channel for each {@link NoticeChannel}: the HTTP gateway where one is configured ({@code
 * complaints.sms.gateway.url}, {@code complaints.wechat.gateway.url}), otherwise the recording
 * double, with a warning at start-up so an unconfigured production node is noticed.
 */
@Configuration(proxyBeanMethods = false)
class ComplainantChannels {

  private static final Logger log = LoggerFactory.getLogger(ComplainantChannels.class);

  /** The channels by name, as the sender looks them up. */
  record Registry(Map<NoticeChannel, ComplainantChannel> channels) {

    ComplainantChannel of(NoticeChannel channel) {
      return channels.get(channel);
    }
  }

  @Bean
  @ConfigurationProperties("complaints.sms.gateway")
  MessageGatewaySettings smsGatewaySettings() {
    return new MessageGatewaySettings();
  }

  @Bean
  @ConfigurationProperties("complaints.wechat.gateway")
  MessageGatewaySettings wechatGatewaySettings() {
    return new MessageGatewaySettings();
  }

  @Bean
  Registry complainantChannelRegistry(
      MessageGatewaySettings smsGatewaySettings,
      MessageGatewaySettings wechatGatewaySettings,
      RecordedComplainantMessages recorder) {
    Map<NoticeChannel, ComplainantChannel> channels = new EnumMap<>(NoticeChannel.class);
    channels.put(
        NoticeChannel.SMS,
        smsGatewaySettings.configured()
            ? new SmsChannel(smsGatewaySettings)
            : recorded(NoticeChannel.SMS, recorder));
    channels.put(
        NoticeChannel.WECHAT,
        wechatGatewaySettings.configured()
            ? new WechatChannel(wechatGatewaySettings)
            : recorded(NoticeChannel.WECHAT, recorder));
    return new Registry(Map.copyOf(channels));
  }

  private static ComplainantChannel recorded(
      NoticeChannel channel, RecordedComplainantMessages recorder) {
    log.warn(
        "complaints.{}.gateway.url is not set: messages to complainants by {} are recorded, not sent",
        channel.name().toLowerCase(java.util.Locale.ROOT),
        channel);
    return recorder.as(channel);
  }
}
