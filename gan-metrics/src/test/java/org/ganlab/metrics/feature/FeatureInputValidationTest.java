package org.ganlab.metrics.feature;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FeatureInputValidationTest {
  private static final double[][] REAL = Gaussians.sample(20, 16, 0.0, 31);

  @Test
  void namesARaggedRow() {
    double[][] fake = Gaussians.sample(20, 16, 0.0, 32);
    fake[17] = new double[15];

    assertThatThrownBy(() -> PrecisionRecall.compute(REAL, fake))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fake row 17 has 15 values, expected 16");
  }

  @Test
  void namesADimensionMismatch() {
    assertThatThrownBy(() -> DensityCoverage.compute(REAL, Gaussians.sample(20, 8, 0.0, 33)))
        .hasMessage("real has 16 columns but fake has 8; feature dimensions must match");
    assertThatThrownBy(() -> KernelInceptionDistance.mmd2(REAL, Gaussians.sample(20, 8, 0.0, 33)))
        .hasMessage("real has 16 columns but fake has 8; feature dimensions must match");
  }

  @Test
  void namesTooFewRowsForK() {
    assertThatThrownBy(() -> PrecisionRecall.compute(REAL, Gaussians.sample(3, 16, 0.0, 34)))
        .hasMessage("fake has 3 rows, needs at least 4 (the k-th nearest other row with k = 3)");
    assertThatThrownBy(() -> DensityCoverage.compute(Gaussians.sample(5, 16, 0.0, 35), REAL))
        .hasMessage("real has 5 rows, needs at least 6 (the k-th nearest other row with k = 5)");
    assertThatThrownBy(() -> PrecisionRecall.compute(REAL, REAL, 0))
        .hasMessage("k must be >= 1, found 0");
  }

  @Test
  void namesANonFiniteValue() {
    double[][] real = Gaussians.sample(20, 16, 0.0, 36);
    real[3][5] = Double.NaN;
    double[][] fake = Gaussians.sample(20, 16, 0.0, 37);
    fake[0][0] = Double.POSITIVE_INFINITY;

    assertThatThrownBy(() -> FrechetDistance.of(real, fake))
        .hasMessage("features row 3, column 5 is NaN; features must be finite");
    assertThatThrownBy(() -> KernelInceptionDistance.mmd2(REAL, fake))
        .hasMessage("fake row 0, column 0 is Infinity; features must be finite");
  }

  @Test
  void namesEmptyInput() {
    assertThatThrownBy(() -> PrecisionRecall.compute(new double[0][], REAL))
        .hasMessage("real has no rows");
  }
}
