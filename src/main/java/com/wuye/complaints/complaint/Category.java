package com.wuye.complaints.complaint;

/** What a complaint is about; the same codes in forms, API and reports. */
public enum Category {
  SECURITY("安保"),
  CLEANING("保洁"),
  GREENING("绿化"),
  REPAIR("工程维修"),
  FACILITIES("公共设施"),
  PARKING("停车"),
  FEES("收费"),
  NOISE("噪音"),
  NEIGHBOUR("邻里"),
  DECORATION("装修"),
  SERVICE_ATTITUDE("服务态度"),
  OTHER("其他");

  private final String chinese;

  Category(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }

  /** JSON takes the code exactly as written: no trimming, no other case. */
  @com.fasterxml.jackson.annotation.JsonCreator
  public static Category fromCode(String code) {
    return Codes.exactly(Category.class, code);
  }
}
