package org.ganlab.core.metric;

/**
 * Which way is better for one column a {@link Metric} writes, so that reports can rank cells. Every
 * column has one: spreads such as {@code kid_std}, baselines and per-run references are
 * {@link #UNRANKED}, shown without a ranking.
 */
public enum MetricDirection {
  /** Smaller values are better (distances and divergences). */
  LOWER_IS_BETTER,
  /** Larger values are better (fidelity, diversity and accuracy scores). */
  HIGHER_IS_BETTER,
  /** The column is no measure of quality to rank by (a spread, a baseline). */
  UNRANKED;

  /**
   * Returns whether cells can be ranked by this column.
   *
   * @return false for {@link #UNRANKED}
   */
  public boolean ranked() {
    return this != UNRANKED;
  }

  /**
   * The direction in the form a ranking takes.
   *
   * @return true when larger values are better
   */
  public boolean higherIsBetter() {
    return this == HIGHER_IS_BETTER;
  }
}
