package com.wuye.complaints.complaint;

/** R-IN-1: every way a complaint reaches the company. */
public enum Channel {
  PHONE("电话"),
  WALK_IN("来访"),
  LETTER("信函"),
  FAX("传真"),
  APP("业主App"),
  WECHAT("微信"),
  STAFF_RELAY("员工转达"),
  NIGHT_SHIFT("夜班监控室");

  private final String chinese;

  Channel(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }

  /** JSON takes the code exactly as written: no trimming, no other case. */
  @com.fasterxml.jackson.annotation.JsonCreator
  public static Channel fromCode(String code) {
    return Codes.exactly(Channel.class, code);
  }
}
