package org.ganlab.metrics.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.ganlab.core.testing.MetricVectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrechetDistanceTest {

  @Test
  void identicalSetsAreAtDistanceZero() {
    double[][] x = Gaussians.sample(300, 24, 3.0, 1);
    FeatureStatistics stats = FeatureStatistics.of(x);
    double scale = trace(stats) + 24 * 9.0;

    assertThat(FrechetDistance.of(x, x)).isCloseTo(0.0, within(1e-9 * scale));
  }

  @ParameterizedTest
  @ValueSource(strings = {"edge_rankdef_20x64_x100_real.csv", "edge_rankdef_10x16_real.csv",
      "edge_deadunits_500x16_real.csv", "edge_identical_500x16.csv"})
  void rankDeficientAndDeadUnitSetsAreAtDistanceZeroFromThemselves(String file) {
    double[][] x = MetricVectors.readDoubles(file);

    assertThat(FrechetDistance.of(x, x))
        .isCloseTo(0.0, within(1e-9 * trace(FeatureStatistics.of(x))));
  }

  @Test
  void nearlyCollinearFeaturesAreAtDistanceZeroFromThemselves() {
    double[][] base = Gaussians.sample(500, 24, 0.0, 3);
    double[][] noise = Gaussians.sample(500, 8, 0.0, 4);
    double[][] x = new double[500][32];
    for (int i = 0; i < x.length; i++) {
      System.arraycopy(base[i], 0, x[i], 0, 24);
      for (int j = 0; j < 8; j++) {
        x[i][24 + j] = base[i][j] + 1e-4 * noise[i][j];
      }
    }

    // Eight features keep only ~1e-8 of their variance apart from another one: squared singular
    // values would lose them (errors ~1e-8 here); the singular-value route keeps rounding level.
    assertThat(FrechetDistance.of(x, x))
        .isCloseTo(0.0, within(1e-12 * trace(FeatureStatistics.of(x))));
  }

  @Test
  void rankDeficientPairMatchesTheValueComputedExactlyFromTheData() {
    double[][] real = MetricVectors.readDoubles("edge_rankdef_10x16_real.csv");
    double[][] fake = MetricVectors.readDoubles("edge_rankdef_10x16_fake.csv");

    // mpmath at 40 digits: mean and trace terms from the centred rows X, Y, and the trace term as
    // the nuclear norm of Y Xᵀ / 9, which needs no covariance factor. expected.json's fid_exact
    // (16.038297027) came from square roots of rounding-level eigenvalues and is 1.3e-7 off.
    assertThat(FrechetDistance.of(real, fake)).isCloseTo(16.038297161501498657, within(1e-12));
  }

  @Test
  void commutingCovariancesGiveTheDistanceOfTheirRootSpectra() {
    double[] full = {1, 4, 9, 16};
    double[] singular = {0, 4, 0, 16};
    double[] other = {4, 1, 16, 9};

    // Tr (Σa^½ Σb Σa^½)^½ = Σ √(a_i b_i) in a shared eigenbasis; Q = I - ½·11ᵀ is exact in binary.
    assertThat(FrechetDistance.between(rotated(full), rotated(other))).isCloseTo(4.0, within(1e-12));
    assertThat(FrechetDistance.between(rotated(singular), rotated(other)))
        .isCloseTo(22.0, within(1e-12));
    assertThat(FrechetDistance.between(rotated(other), rotated(singular)))
        .isCloseTo(22.0, within(1e-12));
  }

  @Test
  void aConstantSetIsAtItsSquaredMeanDistancePlusTheOtherTrace() {
    FeatureStatistics constant = new FeatureStatistics(new double[5], new double[5][5], 10);
    FeatureStatistics unit = FrechetDistanceVectorsTest.literalStatistics("ones(5)", "eye(5)");

    assertThat(FrechetDistance.between(constant, unit)).isCloseTo(10.0, within(1e-12));
    assertThat(FrechetDistance.between(unit, constant)).isCloseTo(10.0, within(1e-12));
  }

  @Test
  void unitGaussiansOneApartInEveryCoordinateAreAtDistanceD() {
    for (int d : new int[] {1, 7, 32}) {
      FeatureStatistics a = FrechetDistanceVectorsTest.literalStatistics(
          "zeros(" + d + ")", "eye(" + d + ")");
      FeatureStatistics b = FrechetDistanceVectorsTest.literalStatistics(
          "ones(" + d + ")", "eye(" + d + ")");

      assertThat(FrechetDistance.between(a, b)).isCloseTo(d, within(1e-12 * d));
    }
  }

  @Test
  void statisticsUseTheSampleCovariance() {
    FeatureStatistics stats = FeatureStatistics.of(new double[][] {{1, 0}, {3, 0}, {5, 3}});

    assertThat(stats.mean()).containsExactly(3, 1);
    assertThat(stats.covariance()[0]).containsExactly(new double[] {4, 3}, within(1e-15));
    assertThat(stats.covariance()[1]).containsExactly(new double[] {3, 3}, within(1e-15));
    assertThat(stats.n()).isEqualTo(3);
  }

  @Test
  void statisticsAreCopied() {
    double[] mean = {0, 0};
    FeatureStatistics stats = new FeatureStatistics(mean, new double[][] {{1, 0}, {0, 1}}, 2);
    mean[0] = 5;
    stats.covariance()[0][0] = 7;

    assertThat(stats.mean()).containsExactly(0, 0);
    assertThat(stats.covariance()[0][0]).isEqualTo(1);
  }

  @Test
  void rejectsDifferentDimensions() {
    assertThatThrownBy(() -> FrechetDistance.of(new double[3][4], new double[3][5]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("statistics have dimensions 4 and 5; they must match");
  }

  @Test
  void rejectsBadStatistics() {
    assertThatThrownBy(() -> new FeatureStatistics(new double[2], new double[3][3], 10))
        .hasMessage("covariance is 3 x 3, expected 2 x 2 to match the mean");
    assertThatThrownBy(() -> new FeatureStatistics(new double[2], new double[2][2], 1))
        .hasMessage("n must be >= 2 for a sample covariance, found 1");
    assertThatThrownBy(() -> FeatureStatistics.of(new double[1][3]))
        .hasMessage("features has 1 rows, needs at least 2 (a sample covariance divides by N - 1)");
  }

  private static FeatureStatistics rotated(double[] eigenvalues) {
    int d = eigenvalues.length;
    double[][] q = new double[d][d];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        q[i][j] = (i == j ? 1.0 : 0.0) - 0.5;
      }
    }
    double[][] sigma = new double[d][d];
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        for (int k = 0; k < d; k++) {
          sigma[i][j] += q[i][k] * eigenvalues[k] * q[j][k];
        }
      }
    }
    return new FeatureStatistics(new double[d], sigma, 10_000);
  }

  private static double trace(FeatureStatistics stats) {
    double[][] cov = stats.covariance();
    double sum = 0;
    for (int i = 0; i < cov.length; i++) {
      sum += cov[i][i];
    }
    return sum;
  }
}
