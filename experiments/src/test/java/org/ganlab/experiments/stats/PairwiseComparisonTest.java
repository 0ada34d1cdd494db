package org.ganlab.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairwiseComparisonTest {

  @Test
  void bundlesTheTestsWithSignsAMinusB() {
    // See WelchTestTest, MannWhitneyTestTest and HedgesGTest for the figures.
    double[] a = {1, 2, 3, 4};
    double[] b = {3, 5, 7, 9, 11};
    PairwiseComparison comparison = PairwiseComparison.of(a, b);

    assertThat(comparison.meanDifference()).isCloseTo(-4.5, within(1e-12));
    assertThat(comparison.welch().t()).isCloseTo(-2.8947038440620463, within(1e-12));
    assertThat(comparison.welch().p()).isCloseTo(0.030286153937034287, within(1e-9));
    assertThat(comparison.hedgesG()).isCloseTo(-1.5764037796119173, within(1e-12));
    // Pooled [1,2,3,3,4,5,7,9,11]: a's midranks 1, 2, 3.5, 5 sum to 11.5, U = 11.5 - 10 = 1.5;
    // 3 of the 126 splits have U <= 1.5, so p = 6/126 = 2/42 (known_answers.py).
    assertThat(comparison.mannWhitney().u()).isEqualTo(1.5);
    assertThat(comparison.mannWhitney().p()).isCloseTo(2.0 / 42, within(1e-12));
    assertThat(comparison.mannWhitney().exact()).isTrue();
  }

  @Test
  void emptyCellGivesNaNEverywhere() {
    PairwiseComparison comparison = PairwiseComparison.of(new double[0], new double[] {1, 2, 3});
    assertThat(comparison.meanDifference()).isNaN();
    assertThat(comparison.welch().isDefined()).isFalse();
    assertThat(comparison.mannWhitney().p()).isNaN();
    assertThat(comparison.hedgesG()).isNaN();
  }
}
