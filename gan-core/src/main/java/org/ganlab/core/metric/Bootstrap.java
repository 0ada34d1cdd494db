package org.ganlab.core.metric;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap intervals of a measurement: the generated samples are resampled with
 * replacement ({@code resamples} times, from a seed), the real reference held fixed, and the 2.5 % and
 * 97.5 % quantiles (linear interpolation between order statistics) of each value form its 95 % interval.
 * This is the evaluation noise of a finite sample, not the spread over training seeds.
 */
public final class Bootstrap {
  /** Suffix of the lower interval column. */
  public static final String LOW = "_ci_low";
  /** Suffix of the upper interval column. */
  public static final String HIGH = "_ci_high";

  private Bootstrap() {}

  /**
   * Computes 95 % intervals for every value of a measurement.
   *
   * @param measurement the measurement to resample
   * @param sampleCount number of generated samples it measured
   * @param resamples number of bootstrap resamples (≥ 2)
   * @param seed resampling seed
   * @return for each value {@code c}, the entries {@code c_ci_low} and {@code c_ci_high}
   */
  public static Map<String, Double> intervals(
      Measurement measurement, int sampleCount, int resamples, long seed) {
    if (resamples < 2) {
      throw new IllegalArgumentException("bootstrap needs at least 2 resamples, got " + resamples);
    }
    Map<String, double[]> draws = new LinkedHashMap<>();
    SplittableRandom random = new SplittableRandom(seed);
    for (int b = 0; b < resamples; b++) {
      int[] rows = new int[sampleCount];
      for (int i = 0; i < sampleCount; i++) {
        rows[i] = random.nextInt(sampleCount);
      }
      int index = b;
      measurement.resampled(rows).forEach(
          (column, value) -> draws.computeIfAbsent(column, c -> new double[resamples])[index] = value);
    }
    Map<String, Double> intervals = new LinkedHashMap<>();
    draws.forEach((column, values) -> {
      Arrays.sort(values);
      intervals.put(column + LOW, quantile(values, 0.025));
      intervals.put(column + HIGH, quantile(values, 0.975));
    });
    return intervals;
  }

  /**
   * The {@code q}-quantile of sorted values with linear interpolation (numpy's default).
   *
   * @param sorted ascending values, not empty
   * @param q the quantile in [0, 1]
   * @return the interpolated quantile
   */
  static double quantile(double[] sorted, double q) {
    double position = q * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }
}
