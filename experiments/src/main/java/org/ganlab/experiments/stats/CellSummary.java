package org.ganlab.experiments.stats;

/**
 * Summary of one metric over the seeds of one sweep cell: the figures a report row shows.
 *
 * @param n number of (finite) per-seed values
 * @param mean arithmetic mean; NaN when n = 0
 * @param std sample standard deviation (divisor n − 1); NaN when n &lt; 2
 * @param median median; NaN when n = 0
 * @param tInterval 95% t-interval of the mean ({@link TInterval}); undefined when n &lt; 2
 * @param bootstrapInterval 95% percentile bootstrap interval of the mean
 *     ({@link BootstrapMeanInterval}); undefined when n &lt; 2
 */
public record CellSummary(
    int n, double mean, double std, double median, Interval tInterval, Interval bootstrapInterval) {
  /** Confidence level of both intervals. */
  public static final double CONFIDENCE = 0.95;

  /**
   * Summarises a cell with {@value BootstrapMeanInterval#DEFAULT_RESAMPLES} bootstrap resamples.
   *
   * @param values finite per-seed values of one metric (diverged runs already dropped), may be empty
   * @param seed seed of the bootstrap resampling
   * @return the summary
   * @throws IllegalArgumentException for a NaN or infinite value
   */
  public static CellSummary of(double[] values, long seed) {
    return of(values, seed, BootstrapMeanInterval.DEFAULT_RESAMPLES);
  }

  /**
   * Summarises a cell.
   *
   * @param values finite per-seed values of one metric (diverged runs already dropped), may be empty
   * @param seed seed of the bootstrap resampling
   * @param resamples number of bootstrap resamples, ≥ 1
   * @return the summary
   * @throws IllegalArgumentException for a NaN or infinite value or fewer than one resample
   */
  public static CellSummary of(double[] values, long seed, int resamples) {
    Samples.requireFinite("values", values);
    return new CellSummary(
        values.length,
        Samples.mean(values),
        Math.sqrt(Samples.variance(values)),
        Quantiles.median(Samples.sorted(values)),
        TInterval.of(values, CONFIDENCE),
        BootstrapMeanInterval.of(values, CONFIDENCE, resamples, seed));
  }
}
