package com.wuye.complaints.household;

/**
 * R-CUST-1: the company's customer categories. D informs staff and changes no service: nothing in
 * the platform serves a D customer differently; only A (VIP) is handled first (R-CUST-4).
 */
public enum CustomerCategory {
  A("重点客户（VIP） VIP"),
  B("忠诚客户 Loyal"),
  C("普通客户 Ordinary / newly signed"),
  D("难缠客户（仅提示员工，不影响服务） Difficult (informs staff, changes no service)");

  private final String label;

  CustomerCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
