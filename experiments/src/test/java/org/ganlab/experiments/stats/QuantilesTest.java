package org.ganlab.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Known answers from numpy 1.24 ({@code np.quantile}, default linear method); see known_answers.py. */
class QuantilesTest {

  @Test
  void interpolatesLinearlyLikeNumpy() {
    double[] sorted = {1, 2, 3, 4};
    // np.quantile([1,2,3,4], [.025, .5, .975]) = [1.075, 2.5, 3.925]
    assertThat(Quantiles.linear(sorted, 0.025)).isCloseTo(1.075, within(1e-12));
    assertThat(Quantiles.linear(sorted, 0.5)).isCloseTo(2.5, within(1e-12));
    assertThat(Quantiles.linear(sorted, 0.975)).isCloseTo(3.925, within(1e-12));
    assertThat(Quantiles.linear(sorted, 0)).isEqualTo(1);
    assertThat(Quantiles.linear(sorted, 1)).isEqualTo(4);
  }

  @Test
  void medianOfOddAndEvenSamples() {
    // np.quantile([1,1,3,4,5], [.25, .9]) = [1.0, 4.6]; medians 3 and 2.5
    double[] odd = {1, 1, 3, 4, 5};
    assertThat(Quantiles.linear(odd, 0.25)).isCloseTo(1.0, within(1e-12));
    assertThat(Quantiles.linear(odd, 0.9)).isCloseTo(4.6, within(1e-12));
    assertThat(Quantiles.median(odd)).isEqualTo(3);
    assertThat(Quantiles.median(new double[] {1, 2, 3, 4})).isEqualTo(2.5);
    assertThat(Quantiles.median(new double[0])).isNaN();
  }

  @Test
  void rejectsEmptySampleAndProbabilityOutsideUnitInterval() {
    assertThatThrownBy(() -> Quantiles.linear(new double[0], 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Quantiles.linear(new double[] {1}, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.5");
  }
}
