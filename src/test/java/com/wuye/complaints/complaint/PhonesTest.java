package com.wuye.complaints.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** R-IN-2 "record clearly": a phone said or written the usual ways is one stored number. */
class PhonesTest {

  @ParameterizedTest(name = "\"{0}\" is stored as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "13812345678|13812345678",
        " 138 1234 5678 |13812345678",
        "138-1234-5678|13812345678",
        "+86 138 1234 5678|13812345678",
        "+8613812345678|13812345678",
        "0086 13812345678|13812345678",
        "021 12345678|021-12345678",
        "021-12345678|021-12345678",
        "02112345678|02112345678",
        "0755  8765432|0755-8765432",
        "+86 021 12345678|021-12345678"
      })
  void normalisesTheWaysPeopleWriteANumber(String typed, String stored) {
    assertThat(Phones.normalize(typed)).isEqualTo(stored);
    assertThat(Phones.isValid(Phones.normalize(typed))).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(
      strings = {
        "12345",
        "1381234567",
        "138123456789",
        "23812345678",
        "+8623812345678",
        "+1 13812345678",
        "138_1234_5678",
        "１３８１２３４５６７８",
        "abc",
        "021 1234",
        "86 13812345678x"
      })
  void refusesWhatIsNoNumber(String typed) {
    assertThat(Phones.isValid(Phones.normalize(typed))).isFalse();
  }
}
