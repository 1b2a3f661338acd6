package com.wuye.complaints.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.complaints.support.ApiProblemException;
import com.wuye.complaints.support.DecisionTable;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R-CUST-3: VIP card numbers (JK + level + 001–999) and the validity decision. */
class VipCardNumbersTest {

  private static final DecisionTable VALIDITY =
      DecisionTable.of("vip-card.dmn", VipCards.VALIDITY_DECISION);

  @Test
  @DisplayName(
      "R-CUST-3 a card number is six characters: JK, the level digit, a three-digit sequence")
  void formatsJkLevelSequence() {
    assertThat(VipCardNumbers.format(0, 1)).isEqualTo("JK0001");
    assertThat(VipCardNumbers.format(1, 42)).isEqualTo("JK1042");
    assertThat(VipCardNumbers.format(2, 999)).isEqualTo("JK2999").hasSize(6);
    assertThatThrownBy(() -> VipCardNumbers.format(3, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VipCardNumbers.format(2, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VipCardNumbers.format(2, 1000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName(
      "R-CUST-3 a new card takes the lowest sequence no valid card holds; a released number is taken again")
  void takesTheLowestFreeSequence() {
    assertThat(VipCardNumbers.next(2, List.of())).isEqualTo(1);
    assertThat(VipCardNumbers.next(2, List.of(1, 2, 3))).isEqualTo(4);
    assertThat(VipCardNumbers.next(2, List.of(1, 3))).isEqualTo(2);
  }

  @Test
  @DisplayName(
      "R-CUST-3 when all 999 numbers of a level are held, issuing is a clear 409 naming the level")
  void refusesAFullLevel() {
    List<Integer> all = IntStream.rangeClosed(1, 999).boxed().toList();
    assertThatThrownBy(() -> VipCardNumbers.next(1, all))
        .isInstanceOfSatisfying(
            ApiProblemException.class,
            e -> {
              assertThat(e.status()).isEqualTo(409);
              assertThat(e.getMessage()).contains("JK1001", "JK1999", "full");
            });
    assertThat(VipCardNumbers.next(1, all.subList(0, 998))).isEqualTo(999);
  }

  @ParameterizedTest(name = "R-CUST-3 a level-{0} card is valid for three years")
  @ValueSource(ints = {0, 1, 2})
  void cardsAreValidForThreeYears(int level) throws Exception {
    String validFor =
        VALIDITY.evaluate(Map.of("level", level)).getSingleResult().getEntry("validFor");
    assertThat(validFor).isEqualTo("P3Y");
  }

  @ParameterizedTest(
      name = "R-CUST-3 the renewal task of a level-{0} card comes 30 days before it expires")
  @ValueSource(ints = {0, 1, 2})
  void renewalTaskComesThirtyDaysBeforeExpiry(int level) throws Exception {
    String renewBefore =
        VALIDITY.evaluate(Map.of("level", level)).getSingleResult().getEntry("renewBefore");
    assertThat(renewBefore).isEqualTo("P30D");
  }
}
