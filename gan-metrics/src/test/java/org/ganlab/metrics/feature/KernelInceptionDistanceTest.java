package org.ganlab.metrics.feature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KernelInceptionDistanceTest {

  @Test
  void identicalLargeSetsAreNearZero() {
    double[][] x = Gaussians.sample(8000, 16, 0.0, 3);

    // The cross term keeps k(x_i, x_i), so MMD²(X, X) ≈ −2 (E k(x, x) − E k(x, y)) / n ≈ −14 / n.
    assertThat(KernelInceptionDistance.mmd2(x, x)).isCloseTo(0.0, within(2.5e-3));
  }

  @Test
  void samplesOfOneDistributionAreNearZeroAndShiftedOnesAreNot() {
    double[][] real = Gaussians.sample(1500, 16, 0.0, 4);
    double[][] same = Gaussians.sample(1500, 16, 0.0, 5);
    double[][] shifted = Gaussians.sample(1500, 16, 0.5, 6);

    assertThat(KernelInceptionDistance.mmd2(real, same)).isCloseTo(0.0, within(0.015));
    assertThat(KernelInceptionDistance.mmd2(real, shifted)).isGreaterThan(0.15);
  }

  @Test
  void seededSubsetsAreReproducibleAndCapped() {
    double[][] real = Gaussians.sample(60, 8, 0.0, 7);
    double[][] fake = Gaussians.sample(40, 8, 0.3, 8);

    KidResult first = KernelInceptionDistance.subsets(real, fake, 5, 1000, 42);
    KidResult again = KernelInceptionDistance.subsets(real, fake, 5, 1000, 42);
    KidResult other = KernelInceptionDistance.subsets(real, fake, 5, 1000, 43);

    assertThat(again.perSubset()).containsExactly(first.perSubset());
    assertThat(other.mean()).isNotEqualTo(first.mean());
    assertThat(first.perSubset()).hasSize(5);
  }

  @Test
  void fullSizeSubsetsOfEqualSetsGiveTheFullEstimate() {
    double[][] real = Gaussians.sample(50, 8, 0.0, 9);
    double[][] fake = Gaussians.sample(50, 8, 0.3, 10);
    double full = KernelInceptionDistance.mmd2(real, fake);

    KidResult kid = KernelInceptionDistance.subsets(real, fake, 3, 50, 1);

    assertThat(kid.mean()).isCloseTo(full, within(1e-12));
    assertThat(kid.std()).isCloseTo(0.0, within(1e-12));
  }

  @Test
  void rejectsBadSubsets() {
    double[][] x = Gaussians.sample(10, 4, 0.0, 11);
    assertThatThrownBy(() -> KernelInceptionDistance.subsets(x, x, 0, 5, 1))
        .hasMessage("subsets must be >= 1, found 0");
    assertThatThrownBy(() -> KernelInceptionDistance.subsets(x, x, 2, 1, 1))
        .hasMessage("subset size must be >= 2, found 1 (subsetSize 1, real 10, fake 10)");
    assertThatThrownBy(() -> KernelInceptionDistance.subsets(
        x, x, new int[][] {{0, 10}}, new int[][] {{0, 1}}))
        .hasMessage("real subset 0 has index 10, outside [0, 10)");
    assertThatThrownBy(() -> KernelInceptionDistance.mmd2(x, new double[1][4]))
        .hasMessage("fake has 1 rows, needs at least 2 (the unbiased MMD² excludes the diagonal)");
  }
}
