package org.ganlab.experiments.stats;

/**
 * A two-sided confidence interval {@code [low, high]} in the units of the metric it bounds. Both ends
 * are NaN when the interval is undefined (too few values).
 *
 * @param low lower end, or NaN
 * @param high upper end (≥ low), or NaN
 */
public record Interval(double low, double high) {
  /** The interval of a sample too small to have one. */
  public static final Interval UNDEFINED = new Interval(Double.NaN, Double.NaN);

  /**
   * Checks the ends: either both NaN, or {@code low ≤ high}.
   *
   * @param low lower end, or NaN
   * @param high upper end, or NaN
   * @throws IllegalArgumentException for one NaN end or {@code low > high}
   */
  public Interval {
    if (Double.isNaN(low) != Double.isNaN(high) || low > high) {
      throw new IllegalArgumentException(
          "interval ends must be both NaN or low <= high, found [" + low + ", " + high + "]");
    }
  }

  /**
   * Whether the interval exists.
   *
   * @return true when both ends are numbers
   */
  public boolean isDefined() {
    return !Double.isNaN(low) && !Double.isNaN(high);
  }

  /**
   * The width of the interval, in the metric's units.
   *
   * @return {@code high − low}; NaN when undefined
   */
  public double width() {
    return high - low;
  }
}
