package org.ganlab.experiments.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Student's t confidence interval of a mean: {@code mean ± t_{(1+c)/2, n−1} · s / √n}, with {@code s}
 * the sample standard deviation (divisor n − 1) and {@code c} the confidence level. It assumes the
 * per-seed values are roughly normal; with 3–5 seeds it is wide, which is honest.
 */
public final class TInterval {
  private TInterval() {}

  /**
   * The t-interval of the mean of a sample.
   *
   * @param values finite per-seed values
   * @param confidence confidence level in (0, 1), e.g. 0.95
   * @return the interval; {@link Interval#UNDEFINED} for fewer than two values
   * @throws IllegalArgumentException for non-finite values or a level outside (0, 1)
   */
  public static Interval of(double[] values, double confidence) {
    Samples.requireFinite("values", values);
    checkConfidence(confidence);
    int n = values.length;
    if (n < 2) {
      return Interval.UNDEFINED;
    }
    double mean = Samples.mean(values);
    double t = criticalValue(n - 1, confidence);
    double half = t * Math.sqrt(Samples.variance(values) / n);
    return new Interval(mean - half, mean + half);
  }

  /**
   * The two-sided critical value {@code t_{(1+c)/2, df}}.
   *
   * @param degreesOfFreedom degrees of freedom, > 0
   * @param confidence confidence level in (0, 1)
   * @return the quantile of Student's t distribution
   */
  static double criticalValue(double degreesOfFreedom, double confidence) {
    return new TDistribution(null, degreesOfFreedom)
        .inverseCumulativeProbability((1 + confidence) / 2);
  }

  /** Rejects a confidence level outside (0, 1). */
  static void checkConfidence(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), found " + confidence);
    }
  }
}
