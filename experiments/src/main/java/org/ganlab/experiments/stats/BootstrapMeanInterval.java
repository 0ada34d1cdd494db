package org.ganlab.experiments.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap confidence interval of a mean (Efron 1979; Efron &amp; Tibshirani 1993, §13.3):
 * draw {@code B} resamples of size n with replacement, take each resample's mean, and report the
 * {@code (1−c)/2} and {@code (1+c)/2} quantiles of those means ({@link Quantiles#linear}, numpy's
 * default). The resampling indices come from {@link SplittableRandom} seeded with the caller's seed, so
 * the interval is a pure function of (values, confidence, B, seed).
 *
 * <p>With a handful of seeds the percentile bootstrap is too narrow (it cannot see beyond the observed
 * range); report it beside the t-interval, not instead of it.
 */
public final class BootstrapMeanInterval {
  /** Default number of bootstrap resamples. */
  public static final int DEFAULT_RESAMPLES = 10_000;

  private BootstrapMeanInterval() {}

  /**
   * The percentile bootstrap interval of the mean of a sample.
   *
   * @param values finite per-seed values
   * @param confidence confidence level in (0, 1), e.g. 0.95
   * @param resamples number of bootstrap resamples B, ≥ 1
   * @param seed seed of the resampling
   * @return the interval; {@link Interval#UNDEFINED} for fewer than two values
   * @throws IllegalArgumentException for non-finite values, a level outside (0, 1) or B &lt; 1
   */
  public static Interval of(double[] values, double confidence, int resamples, long seed) {
    Samples.requireFinite("values", values);
    TInterval.checkConfidence(confidence);
    if (resamples < 1) {
      throw new IllegalArgumentException("bootstrap resamples must be >= 1, found " + resamples);
    }
    if (values.length < 2) {
      return Interval.UNDEFINED;
    }
    double[] means = resampledMeans(values, resamples, new SplittableRandom(seed));
    Arrays.sort(means);
    double tail = (1 - confidence) / 2;
    return new Interval(Quantiles.linear(means, tail), Quantiles.linear(means, 1 - tail));
  }

  private static double[] resampledMeans(double[] values, int resamples, SplittableRandom random) {
    int n = values.length;
    double[] means = new double[resamples];
    for (int b = 0; b < resamples; b++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += values[random.nextInt(n)];
      }
      means[b] = sum / n;
    }
    return means;
  }
}
