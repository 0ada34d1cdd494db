package org.ganlab.experiments.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.ganlab.core.random.Gaussian;
import org.junit.jupiter.api.Test;

class CellSummaryTest {

  @Test
  void summarisesAKnownSample() {
    // [2, 5, 1, 4, 3]: mean 3, sum of squared deviations 10, s = sqrt(10/4) = 1.5811388, median 3.
    // t_{0.975,4} = 2.7764451 (regularized incomplete beta, known_answers.py);
    // half-width = 2.7764451 * 1.5811388 / sqrt(5) = 1.9632432 -> [1.0367568, 4.9632432].
    CellSummary summary = CellSummary.of(new double[] {2, 5, 1, 4, 3}, 11L);

    assertThat(summary.n()).isEqualTo(5);
    assertThat(summary.mean()).isCloseTo(3.0, within(1e-12));
    assertThat(summary.std()).isCloseTo(1.5811388300841898, within(1e-12));
    assertThat(summary.median()).isEqualTo(3.0);
    assertThat(summary.tInterval().low()).isCloseTo(1.0367568385224429, within(1e-9));
    assertThat(summary.tInterval().high()).isCloseTo(4.963243161477557, within(1e-9));
    // The bootstrap means of 5 values lie in [1, 5] on a grid of 0.2, and the interval is inside the
    // t-interval here (percentile bootstrap is too narrow for tiny n).
    assertThat(summary.bootstrapInterval().low()).isBetween(1.0, 3.0);
    assertThat(summary.bootstrapInterval().high()).isBetween(3.0, 5.0);
    assertThat(summary.bootstrapInterval().width()).isLessThan(summary.tInterval().width());
  }

  @Test
  void tIntervalOfTwoValuesUsesTwelvePointSevenOne() {
    // [0, 2]: mean 1, s = sqrt(2), t_{0.975,1} = 12.7062047 -> half = 12.7062047 * sqrt(2)/sqrt(2).
    Interval interval = TInterval.of(new double[] {0, 2}, 0.95);
    assertThat(interval.low()).isCloseTo(1 - 12.706204736174698, within(1e-8));
    assertThat(interval.high()).isCloseTo(1 + 12.706204736174698, within(1e-8));
  }

  @Test
  void bootstrapIsDeterministicPerSeed() {
    double[] values = {31.2, 29.8, 35.1, 30.4};
    Interval first = BootstrapMeanInterval.of(values, 0.95, 2_000, 42L);

    assertThat(BootstrapMeanInterval.of(values, 0.95, 2_000, 42L)).isEqualTo(first);
    assertThat(BootstrapMeanInterval.of(values, 0.95, 2_000, 43L)).isNotEqualTo(first);
    assertThat(CellSummary.of(values, 42L)).isEqualTo(CellSummary.of(values, 42L));
  }

  @Test
  void bootstrapAgreesWithTIntervalOnALargeNormalSample() {
    float[] draws = Gaussian.sample(new SplittableRandom(7), 400, 10.0, 2.0);
    double[] values = new double[draws.length];
    for (int i = 0; i < draws.length; i++) {
      values[i] = draws[i];
    }
    CellSummary summary = CellSummary.of(values, 3L);

    // Half-width is about 1.966 * 2 / 20 = 0.197; the two intervals should agree to a tenth of it.
    double half = summary.tInterval().width() / 2;
    assertThat(half).isBetween(0.15, 0.25);
    assertThat(summary.bootstrapInterval().low())
        .isCloseTo(summary.tInterval().low(), within(0.1 * half));
    assertThat(summary.bootstrapInterval().high())
        .isCloseTo(summary.tInterval().high(), within(0.1 * half));
  }

  @Test
  void smallCellsHaveUndefinedSpreadAndIntervals() {
    CellSummary one = CellSummary.of(new double[] {4.5}, 1L);
    assertThat(one.n()).isEqualTo(1);
    assertThat(one.mean()).isEqualTo(4.5);
    assertThat(one.median()).isEqualTo(4.5);
    assertThat(one.std()).isNaN();
    assertThat(one.tInterval().isDefined()).isFalse();
    assertThat(one.bootstrapInterval().isDefined()).isFalse();

    CellSummary none = CellSummary.of(new double[0], 1L);
    assertThat(none.n()).isZero();
    assertThat(none.mean()).isNaN();
    assertThat(none.median()).isNaN();
  }

  @Test
  void constantCellHasAZeroWidthInterval() {
    CellSummary summary = CellSummary.of(new double[] {8, 8, 8}, 5L);
    assertThat(summary.std()).isZero();
    assertThat(summary.tInterval()).isEqualTo(new Interval(8, 8));
    assertThat(summary.bootstrapInterval()).isEqualTo(new Interval(8, 8));
  }

  @Test
  void rejectsNonFiniteValuesAndBadArguments() {
    assertThatThrownBy(() -> CellSummary.of(new double[] {1, Double.NaN}, 1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("values[1]")
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> CellSummary.of(new double[] {1, 2}, 1L, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("resamples");
    assertThatThrownBy(() -> TInterval.of(new double[] {1, 2}, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("confidence");
  }
}
