package org.ganlab.metrics.classes;

/**
 * Inception Score (Salimans et al. 2016, "Improved Techniques for Training GANs"):
 * {@code exp(E_x KL(p(y|x) ‖ p(y)))}, with {@code p(y)} the mean of {@code p(y|x)} over the split.
 *
 * <p>The samples are cut into {@code splits} contiguous parts {@code [i·N/splits, (i+1)·N/splits)}
 * (integer division, as in OpenAI's reference code); the score is computed per part, and the mean and
 * population standard deviation (ddof 0) of the parts are reported. {@code 0 · log 0 = 0}, so one-hot
 * predictions are allowed. All arithmetic is float64.
 */
public final class InceptionScore {
  /** Number of splits used by the reference implementation. */
  public static final int DEFAULT_SPLITS = 10;

  private InceptionScore() {}

  /**
   * Scores class probabilities over {@value #DEFAULT_SPLITS} splits.
   *
   * @param probabilities {@code p(y|x)}, {@code [N][C]}, each row ≥ 0 and summing to 1 within 1e-6
   * @return mean, standard deviation and per-split scores
   * @throws IllegalArgumentException for ragged or non-finite rows, rows that are not probability
   *     vectors, or fewer samples than splits
   */
  public static InceptionScoreResult fromProbabilities(double[][] probabilities) {
    return fromProbabilities(probabilities, DEFAULT_SPLITS);
  }

  /**
   * Scores class probabilities.
   *
   * @param probabilities {@code p(y|x)}, {@code [N][C]}, each row ≥ 0 and summing to 1 within 1e-6
   * @param splits number of contiguous splits, 1 ≤ splits ≤ N
   * @return mean, standard deviation and per-split scores
   * @throws IllegalArgumentException for ragged or non-finite rows, rows that are not probability
   *     vectors, or a split count out of range
   */
  public static InceptionScoreResult fromProbabilities(double[][] probabilities, int splits) {
    ClassMatrices.checkProbabilities(probabilities);
    return score(probabilities, splits);
  }

  /**
   * Scores classifier logits over {@value #DEFAULT_SPLITS} splits.
   *
   * @param logits unnormalised log-probabilities, {@code [N][C]}; softmax is taken in float64
   * @return mean, standard deviation and per-split scores
   * @throws IllegalArgumentException for ragged or non-finite rows or fewer samples than splits
   */
  public static InceptionScoreResult fromLogits(double[][] logits) {
    return fromLogits(logits, DEFAULT_SPLITS);
  }

  /**
   * Scores classifier logits.
   *
   * @param logits unnormalised log-probabilities, {@code [N][C]}; softmax is taken in float64
   * @param splits number of contiguous splits, 1 ≤ splits ≤ N
   * @return mean, standard deviation and per-split scores
   * @throws IllegalArgumentException for ragged or non-finite rows or a split count out of range
   */
  public static InceptionScoreResult fromLogits(double[][] logits, int splits) {
    return score(ClassMatrices.softmax(logits), splits);
  }

  private static InceptionScoreResult score(double[][] p, int splits) {
    int n = p.length;
    if (splits < 1 || splits > n) {
      throw new IllegalArgumentException(
          "splits must be in [1, N] = [1, " + n + "], found " + splits);
    }
    double[] scores = new double[splits];
    for (int i = 0; i < splits; i++) {
      int from = (int) ((long) i * n / splits);
      int to = (int) ((long) (i + 1) * n / splits);
      scores[i] = splitScore(p, from, to);
    }
    return InceptionScoreResult.of(scores);
  }

  private static double splitScore(double[][] p, int from, int to) {
    double[] marginal = new double[p[from].length];
    for (int i = from; i < to; i++) {
      for (int k = 0; k < marginal.length; k++) {
        marginal[k] += p[i][k];
      }
    }
    for (int k = 0; k < marginal.length; k++) {
      marginal[k] /= to - from;
    }
    double klSum = 0;
    for (int i = from; i < to; i++) {
      double kl = 0;
      for (int k = 0; k < marginal.length; k++) {
        kl += ClassMatrices.xLogXOverY(p[i][k], marginal[k]);
      }
      klSum += kl;
    }
    return StrictMath.exp(klSum / (to - from));
  }
}
