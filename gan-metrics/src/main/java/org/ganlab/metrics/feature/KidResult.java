package org.ganlab.metrics.feature;

/**
 * Kernel inception distance over random subsets: the mean and spread of the unbiased MMD² estimates.
 *
 * @param mean mean of the per-subset MMD² values
 * @param std their population standard deviation (divided by the number of subsets, ddof 0)
 * @param perSubset the MMD² of each subset, in subset order
 */
public record KidResult(double mean, double std, double[] perSubset) {

  /** Copies the per-subset values. */
  public KidResult {
    perSubset = perSubset.clone();
  }

  /**
   * Mean and population standard deviation of per-subset values.
   *
   * @param perSubset MMD² per subset, at least one
   * @return the summary
   */
  static KidResult of(double[] perSubset) {
    double mean = 0;
    for (double value : perSubset) {
      mean += value;
    }
    mean /= perSubset.length;
    double squares = 0;
    for (double value : perSubset) {
      squares += (value - mean) * (value - mean);
    }
    return new KidResult(mean, Math.sqrt(squares / perSubset.length), perSubset);
  }

  /**
   * The MMD² of each subset.
   *
   * @return a copy, one value per subset
   */
  @Override
  public double[] perSubset() {
    return perSubset.clone();
  }
}
