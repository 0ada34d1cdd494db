package org.ganlab.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HedgesGTest {

  @Test
  void correctsCohensDWithThePooledStandardDeviation() {
    // a = [1,2,3,4] (SS 5), b = [3,5,7,9,11] (SS 40): m = 7, s_p = sqrt(45/7) = 2.5354628,
    // d = -4.5 / 2.5354628 = -1.7748243, J(7) = Γ(3.5)/(sqrt(3.5) Γ(3)) = 0.88820291,
    // g = -1.5764038 (known_answers.py).
    double g = HedgesG.of(new double[] {1, 2, 3, 4}, new double[] {3, 5, 7, 9, 11});
    assertThat(g).isCloseTo(-1.5764037796119173, within(1e-12));
  }

  @Test
  void exactCorrectionFactor() {
    // J(4) = Γ(2) / (sqrt(2) Γ(1.5)) = 1 / (sqrt(2) · sqrt(π)/2) = sqrt(2/π) = 0.79788456;
    // J(2) = Γ(1) / Γ(0.5) = 1/sqrt(π).
    assertThat(HedgesG.correction(4)).isCloseTo(Math.sqrt(2 / Math.PI), within(1e-12));
    assertThat(HedgesG.correction(2)).isCloseTo(1 / Math.sqrt(Math.PI), within(1e-12));
    assertThat(HedgesG.correction(1000)).isCloseTo(1 - 3.0 / 3999, within(1e-7));
  }

  @Test
  void undefinedForTooFewValuesOrNoSpread() {
    assertThat(HedgesG.of(new double[] {1}, new double[] {2, 3})).isNaN();
    assertThat(HedgesG.of(new double[] {1, 1}, new double[] {2, 2})).isNaN();
    assertThat(HedgesG.of(new double[0], new double[] {2, 3, 4, 5})).isNaN();
  }
}
