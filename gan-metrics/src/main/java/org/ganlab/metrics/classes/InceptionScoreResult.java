package org.ganlab.metrics.classes;

/**
 * The result of {@link InceptionScore}.
 *
 * @param mean mean of the per-split scores
 * @param std population standard deviation (ddof 0) of the per-split scores
 * @param perSplit the score of each contiguous split, in order
 */
public record InceptionScoreResult(double mean, double std, double[] perSplit) {

  /**
   * Copies the per-split scores so the record cannot be changed from outside.
   *
   * @param mean mean of the per-split scores
   * @param std population standard deviation of the per-split scores
   * @param perSplit the score of each split
   */
  public InceptionScoreResult {
    perSplit = perSplit.clone();
  }

  /**
   * Returns a copy of the per-split scores.
   *
   * @return the score of each split, in order
   */
  @Override
  public double[] perSplit() {
    return perSplit.clone();
  }

  static InceptionScoreResult of(double[] scores) {
    double mean = 0;
    for (double s : scores) {
      mean += s;
    }
    mean /= scores.length;
    double variance = 0;
    for (double s : scores) {
      variance += (s - mean) * (s - mean);
    }
    return new InceptionScoreResult(mean, Math.sqrt(variance / scores.length), scores);
  }
}
