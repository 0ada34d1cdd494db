package org.ganlab.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.junit.jupiter.api.Test;

/**
 * Exact p-values below come from brute-force enumeration of all C(N, m) splits in known_answers.py.
 */
class MannWhitneyTestTest {

  @Test
  void completeSeparationOfThreeAgainstThree() {
    // U = 0; only 1 of the C(6,3) = 20 splits has U <= 0, so the two-sided p is 2/20 = 0.1.
    MannWhitneyResult result =
        MannWhitneyTest.test(new double[] {1, 2, 3}, new double[] {4, 5, 6});

    assertThat(result.u()).isEqualTo(0);
    assertThat(result.p()).isCloseTo(0.1, within(1e-12));
    assertThat(result.exact()).isTrue();
    // Commons Math's normal approximation (no continuity correction) claims p = 0.0495 here.
    assertThat(new MannWhitneyUTest().mannWhitneyUTest(new double[] {1, 2, 3},
        new double[] {4, 5, 6})).isCloseTo(0.04953461, within(1e-6));
  }

  @Test
  void interleavedSamples() {
    // [1,3,5] vs [2,4,6,8]: U = 0 + 1 + 2 = 3; of the 35 splits, 1+1+2+3 = 7 have U <= 3,
    // so p = 2 * 7/35 = 0.4.
    MannWhitneyResult result =
        MannWhitneyTest.test(new double[] {1, 3, 5}, new double[] {2, 4, 6, 8});

    assertThat(result.u()).isEqualTo(3);
    assertThat(result.p()).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void fiveSeedsPerCellReachSignificance() {
    // U = 24 of 25; 2 of the C(10,5) = 252 splits have U >= 24, so p = 2 * 2/252 = 0.015873.
    MannWhitneyResult result = MannWhitneyTest.test(
        new double[] {0.31, 0.42, 0.29, 0.35, 0.38}, new double[] {0.27, 0.22, 0.30, 0.25, 0.24});

    assertThat(result.u()).isEqualTo(24);
    assertThat(result.p()).isCloseTo(2.0 / 126, within(1e-12));
  }

  @Test
  void tiesUseMidranksAndTheConditionalExactDistribution() {
    // Pooled [1,2,2,2,3,4] has midranks 1,3,3,3,5,6; a's rank sum 7, U = 7 - 6 = 1.
    // Enumerating the 20 splits of these ranks: P(S <= 7) = 3/20, so p = 0.3.
    MannWhitneyResult result =
        MannWhitneyTest.test(new double[] {1, 2, 2}, new double[] {2, 3, 4});

    assertThat(result.u()).isEqualTo(1);
    assertThat(result.p()).isCloseTo(0.3, within(1e-12));
    assertThat(result.exact()).isTrue();
  }

  @Test
  void allValuesTiedGivesPOne() {
    MannWhitneyResult result = MannWhitneyTest.test(new double[] {5, 5}, new double[] {5, 5, 5});
    assertThat(result.u()).isEqualTo(3);
    assertThat(result.p()).isEqualTo(1);
  }

  @Test
  void largeSamplesUseTheTieCorrectedNormalApproximation() {
    // a = i % 7 for i < 30, b = i % 5 + 1 for i < 31: U = 445.5, tie-corrected sigma,
    // continuity correction 1/2: p = 0.78123854 (known_answers.py).
    double[] a = new double[30];
    double[] b = new double[31];
    for (int i = 0; i < a.length; i++) {
      a[i] = i % 7;
    }
    for (int i = 0; i < b.length; i++) {
      b[i] = i % 5 + 1;
    }
    MannWhitneyResult result = MannWhitneyTest.test(a, b);

    assertThat(result.exact()).isFalse();
    assertThat(result.u()).isEqualTo(445.5);
    assertThat(result.p()).isCloseTo(0.781238536753447, within(1e-9));
  }

  @Test
  void exactCountsHoldUpToTheLargestExactSize() {
    // 25 vs 25, completely separated: U = 625 and p = 2 / C(50, 25) = 2 / 126410606437752.
    double[] a = new double[25];
    double[] b = new double[25];
    for (int i = 0; i < 25; i++) {
      a[i] = 100 + i;
      b[i] = i;
    }
    MannWhitneyResult result = MannWhitneyTest.test(a, b);

    assertThat(result.exact()).isTrue();
    assertThat(result.u()).isEqualTo(625);
    assertThat(result.p()).isCloseTo(2 / 126410606437752.0, within(1e-24));
  }

  @Test
  void emptyCellCannotBeTested() {
    MannWhitneyResult result = MannWhitneyTest.test(new double[0], new double[] {1, 2});
    assertThat(result.u()).isNaN();
    assertThat(result.p()).isNaN();
  }
}
