package com.wuye.complaints.notification;

/**
 * A message a channel could not deliver. Its text never carries the phone (it is stored as the
 * notification's last error and logged).
 */
class ChannelDeliveryException extends RuntimeException {

  private final boolean permanent;

  private ChannelDeliveryException(String message, boolean permanent, Throwable cause) {
    super(message, cause);
    this.permanent = permanent;
  }

  /**
   * Worth another attempt later: the gateway is down, busy (5xx, 408, 429) or did not answer in
   * time.
   */
  static ChannelDeliveryException transientFailure(String message, Throwable cause) {
    return new ChannelDeliveryException(message, false, cause);
  }

  /** Refused for good (4xx): the same request would be refused again. */
  static ChannelDeliveryException permanentFailure(String message) {
    return new ChannelDeliveryException(message, true, null);
  }

  boolean isPermanent() {
    return permanent;
  }
}
