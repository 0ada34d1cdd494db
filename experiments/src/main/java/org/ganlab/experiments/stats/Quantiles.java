package org.ganlab.experiments.stats;

/**
 * Sample quantiles by linear interpolation between order statistics, numpy's default
 * ({@code method="linear"}, Hyndman &amp; Fan 1996 definition 7): for a sorted sample
 * {@code x[0..n-1]} and {@code q} in [0, 1], {@code h = (n − 1)·q} and the quantile is
 * {@code x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋])}.
 */
public final class Quantiles {
  private Quantiles() {}

  /**
   * The linear-interpolation quantile of a sorted sample.
   *
   * @param sorted values in ascending order, at least one
   * @param q probability in [0, 1]
   * @return the quantile; {@code sorted[0]} for q = 0 and {@code sorted[n-1]} for q = 1
   * @throws IllegalArgumentException for an empty sample or q outside [0, 1]
   */
  public static double linear(double[] sorted, double q) {
    if (sorted.length == 0) {
      throw new IllegalArgumentException("quantile of an empty sample is undefined");
    }
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("quantile q must be in [0, 1], found " + q);
    }
    double h = (sorted.length - 1) * q;
    int lower = (int) Math.floor(h);
    if (lower >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    return sorted[lower] + (h - lower) * (sorted[lower + 1] - sorted[lower]);
  }

  /**
   * The median of a sorted sample: the middle value, or the mean of the two middle values.
   *
   * @param sorted values in ascending order
   * @return the median; NaN for an empty sample
   */
  public static double median(double[] sorted) {
    return sorted.length == 0 ? Double.NaN : linear(sorted, 0.5);
  }
}
