package org.ganlab.core.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Percentile bootstrap intervals: numpy's linear quantile and the interval of a sample mean. */
class BootstrapTest {

  @Test
  void quantileInterpolatesLikeNumpy() {
    double[] sorted = {1, 2, 3, 4, 10};
    // numpy.quantile([1, 2, 3, 4, 10], [0, 0.025, 0.5, 0.975, 1]) = 1, 1.1, 3, 9.4, 10
    assertThat(Bootstrap.quantile(sorted, 0)).isEqualTo(1);
    assertThat(Bootstrap.quantile(sorted, 0.025)).isCloseTo(1.1, within(1e-12));
    assertThat(Bootstrap.quantile(sorted, 0.5)).isEqualTo(3);
    assertThat(Bootstrap.quantile(sorted, 0.975)).isCloseTo(9.4, within(1e-12));
    assertThat(Bootstrap.quantile(sorted, 1)).isEqualTo(10);
  }

  @Test
  void intervalOfAMeanMatchesItsStandardError() {
    int n = 400;
    double[] samples = new double[n];
    for (int i = 0; i < n; i++) {
      samples[i] = i % 2;
    }
    Measurement mean = new MeanMeasurement(samples);

    Map<String, Double> intervals = Bootstrap.intervals(mean, n, 2000, 7);

    // mean 0.5, standard error sqrt(0.25 / 400) = 0.025: the 95 % interval is about 0.5 ± 0.049
    assertThat(intervals).containsOnlyKeys("mean_ci_low", "mean_ci_high");
    assertThat(intervals.get("mean_ci_low")).isCloseTo(0.451, within(0.01));
    assertThat(intervals.get("mean_ci_high")).isCloseTo(0.549, within(0.01));
    assertThat(Bootstrap.intervals(mean, n, 2000, 7)).isEqualTo(intervals);
  }

  @Test
  void needsAtLeastTwoResamples() {
    assertThatThrownBy(() -> Bootstrap.intervals(new MeanMeasurement(new double[] {1, 2}), 2, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 2 resamples");
  }

  /** The mean of the resampled values. */
  private record MeanMeasurement(double[] samples) implements Measurement {
    @Override
    public Map<String, Double> values() {
      return resampled(java.util.stream.IntStream.range(0, samples.length).toArray());
    }

    @Override
    public Map<String, Double> resampled(int[] rows) {
      double sum = 0;
      for (int row : rows) {
        sum += samples[row];
      }
      return Map.of("mean", sum / rows.length);
    }

    @Override
    public Map<String, Object> protocol() {
      return Map.of();
    }
  }
}
