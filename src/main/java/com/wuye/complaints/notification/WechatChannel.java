package com.wuye.complaints.notification;

/**
 * WeChat messages through the company's WeChat relay ({@code complaints.wechat.gateway}), which
 * finds the follower of the service account by the phone; same HTTP contract as the SMS gateway.
 */
class WechatChannel implements ComplainantChannel {

  private final HttpMessageGateway gateway;

  WechatChannel(MessageGatewaySettings settings) {
    this.gateway = new HttpMessageGateway("WECHAT", settings);
  }

  @Override
  public NoticeChannel channel() {
    return NoticeChannel.WECHAT;
  }

  @Override
  public void send(String phone, String text) {
    gateway.post(phone, text);
  }
}
