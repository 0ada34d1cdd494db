package org.ganlab.experiments.stats;

/**
 * Comparison of two sweep cells on one metric: the difference of means, Welch's t-test, the
 * Mann–Whitney U test and Hedges' g. All signed quantities are "a minus b": positive when cell a's
 * values are larger, whatever the metric's direction.
 *
 * @param meanDifference {@code mean(a) − mean(b)} in the metric's units; NaN when a cell is empty
 * @param welch Welch's t-test ({@link WelchTest})
 * @param mannWhitney Mann–Whitney U test ({@link MannWhitneyTest})
 * @param hedgesG Hedges' g ({@link HedgesG})
 */
public record PairwiseComparison(
    double meanDifference, WelchResult welch, MannWhitneyResult mannWhitney, double hedgesG) {

  /**
   * Compares two cells.
   *
   * @param a finite per-seed values of the first cell
   * @param b finite per-seed values of the second cell
   * @return the comparison; parts that need more values than a cell has are NaN
   * @throws IllegalArgumentException for non-finite values
   */
  public static PairwiseComparison of(double[] a, double[] b) {
    return new PairwiseComparison(
        Samples.mean(Samples.requireFinite("a", a)) - Samples.mean(Samples.requireFinite("b", b)),
        WelchTest.test(a, b),
        MannWhitneyTest.test(a, b),
        HedgesG.of(a, b));
  }
}
