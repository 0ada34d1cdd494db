package org.ganlab.experiments.stats;

import java.util.Arrays;

/** Input checks and elementary moments of one sample of per-seed values, all in float64. */
final class Samples {
  private Samples() {}

  /**
   * Checks that a sample exists and holds only finite values.
   *
   * @param name how the caller names the sample in error messages
   * @param values per-seed values
   * @return {@code values}, for chaining
   * @throws IllegalArgumentException for a null array or a NaN or infinite value
   */
  static double[] requireFinite(String name, double[] values) {
    if (values == null) {
      throw new IllegalArgumentException(name + " must be an array of finite values, found null");
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            name + "[" + i + "] must be finite (drop diverged runs first), found " + values[i]);
      }
    }
    return values;
  }

  /** Arithmetic mean; NaN for an empty sample. */
  static double mean(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  /** Sample variance (divisor n − 1), computed in two passes; NaN for fewer than two values. */
  static double variance(double[] values) {
    int n = values.length;
    if (n < 2) {
      return Double.NaN;
    }
    double mean = mean(values);
    double squares = 0;
    for (double v : values) {
      double d = v - mean;
      squares += d * d;
    }
    return squares / (n - 1);
  }

  /** A sorted copy of {@code values}. */
  static double[] sorted(double[] values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }
}
