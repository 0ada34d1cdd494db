package org.ganlab.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HolmBonferroniTest {

  @Test
  void adjustsAKnownFamily() {
    // Sorted: 0.005, 0.01, 0.03, 0.04 times 4, 3, 2, 1 = 0.02, 0.03, 0.06, 0.04;
    // running maximum = 0.02, 0.03, 0.06, 0.06; back in input order:
    double[] adjusted = HolmBonferroni.adjust(new double[] {0.01, 0.04, 0.03, 0.005});

    assertThat(adjusted[0]).isCloseTo(0.03, within(1e-15));
    assertThat(adjusted[1]).isCloseTo(0.06, within(1e-15));
    assertThat(adjusted[2]).isCloseTo(0.06, within(1e-15));
    assertThat(adjusted[3]).isCloseTo(0.02, within(1e-15));
  }

  @Test
  void capsAtOneAndKeepsEqualPValuesEqual() {
    // Sorted 0.2, 0.3, 0.3, 0.6 times 4, 3, 2, 1 = 0.8, 0.9, 0.6, 0.6 -> 0.8, 0.9, 0.9, 0.9;
    // 0.6 alone would be 1.8 -> capped at 1 when it is the smallest of 3.
    assertThat(HolmBonferroni.adjust(new double[] {0.3, 0.6, 0.2, 0.3}))
        .containsExactly(new double[] {0.9, 0.9, 0.8, 0.9}, within(1e-15));
    assertThat(HolmBonferroni.adjust(new double[] {0.6, 0.7, 0.9}))
        .containsExactly(1.0, 1.0, 1.0);
  }

  @Test
  void singleAndEmptyFamiliesAreUnchanged() {
    assertThat(HolmBonferroni.adjust(new double[] {0.042})).containsExactly(0.042);
    assertThat(HolmBonferroni.adjust(new double[0])).isEmpty();
  }

  @Test
  void rejectsValuesThatAreNotProbabilities() {
    assertThatThrownBy(() -> HolmBonferroni.adjust(new double[] {0.1, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("p[1]");
    assertThatThrownBy(() -> HolmBonferroni.adjust(new double[] {1.2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.2");
  }
}
