package com.wuye.complaints.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * R-CUST-5 text for many readers (cases, preventive actions) carries no phone number, however it is
 * written.
 */
class PhoneMentionsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "请联系13812345678",
        "电话 138 1234 5678 找王经理",
        "+86 138-1234-5678",
        "座机0755-12345678",
        "座机 021 12345678"
      })
  @DisplayName("R-CUST-5 finds mobile and landline numbers, also with spaces, hyphens or +86")
  void findsPhoneNumbers(String text) {
    assertThat(PhoneMentions.in(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"3号楼垃圾清运改为每日两次", "2026-10 月度分析", "投诉编号 TS-20261101-0001", "门禁更换 2 台，共 1200 元", ""})
  @DisplayName("R-CUST-5 leaves dates, complaint numbers, amounts and building numbers alone")
  void leavesOtherNumbersAlone(String text) {
    assertThat(PhoneMentions.in(text)).isFalse();
  }
}
