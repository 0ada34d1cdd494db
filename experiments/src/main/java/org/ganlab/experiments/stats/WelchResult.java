package org.ganlab.experiments.stats;

/**
 * Outcome of {@link WelchTest}.
 *
 * @param t Welch's t statistic, positive when the first cell's mean is larger
 * @param df Welch–Satterthwaite degrees of freedom (not an integer in general)
 * @param p two-sided p-value in [0, 1]; NaN when the cells cannot be tested
 */
public record WelchResult(double t, double df, double p) {
  /**
   * Whether the test could be computed.
   *
   * @return true when both cells had at least two values
   */
  public boolean isDefined() {
    return !Double.isNaN(p);
  }
}
