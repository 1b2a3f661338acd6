package com.wuye.complaints.notification;

/** Text messages through the SMS gateway configured under {@code complaints.sms.gateway}. */
class SmsChannel implements ComplainantChannel {

  private final HttpMessageGateway gateway;

  SmsChannel(MessageGatewaySettings settings) {
    this.gateway = new HttpMessageGateway("SMS", settings);
  }

  @Override
  public NoticeChannel channel() {
    return NoticeChannel.SMS;
  }

  @Override
  public void send(String phone, String text) {
    gateway.post(phone, text);
  }
}
