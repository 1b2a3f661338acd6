package com.wuye.complaints.customer;

/** R-CUST-5: how a complainant's name and phone look to staff whose work does not need them. */
public final class PersonalData {

  private PersonalData() {}

  /** 张伟 → 张*, 欧阳娜娜 → 欧***: the family name stays so the caller can be addressed politely. */
  public static String maskName(String name) {
    if (name == null || name.isEmpty()) {
      return name;
    }
    int first = name.offsetByCodePoints(0, 1);
    return name.substring(0, first)
        + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
  }

  /** 13812345678 → 138****5678; 021-55551234 → 021-****1234: enough to recognise, not to call. */
  public static String maskPhone(String phone) {
    if (phone == null || phone.length() < 7) {
      return phone == null ? null : "*".repeat(phone.length());
    }
    int keepEnd = 4;
    int keepStart = phone.indexOf('-') > 0 ? phone.indexOf('-') + 1 : 3;
    int hidden = phone.length() - keepStart - keepEnd;
    return phone.substring(0, keepStart)
        + "*".repeat(Math.max(hidden, 0))
        + phone.substring(phone.length() - keepEnd);
  }
}
