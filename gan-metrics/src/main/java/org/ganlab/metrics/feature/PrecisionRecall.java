package org.ganlab.metrics.feature;

import org.ganlab.metrics.feature.internal.FeatureMatrices;
import org.ganlab.metrics.feature.internal.NeighbourBalls;

/**
 * Improved precision and recall (Kynkäänniemi et al. 2019, "Improved Precision and Recall Metric for
 * Assessing Generative Models"). Each real point's ball has as radius the distance to its k-th nearest
 * other real point; precision is the share of generated points inside ({@code ≤}) at least one real
 * ball. Recall is the same with the roles swapped: real points against the generated points' balls.
 * Distances are Euclidean in float64 and computed block-wise, so {@code 10k × 512} inputs need no
 * {@code N × N} matrix.
 */
public final class PrecisionRecall {
  /** The paper's neighbourhood size. */
  public static final int DEFAULT_K = 3;

  private PrecisionRecall() {}

  /**
   * Precision and recall with {@code k = 3}.
   *
   * @param real real features {@code [N][d]}, {@code N ≥ 4}
   * @param fake generated features {@code [M][d]}, {@code M ≥ 4}
   * @return precision and recall
   * @throws IllegalArgumentException for ragged or non-finite input, different dimensions or too few
   *     rows
   */
  public static PrecisionRecallResult compute(double[][] real, double[][] fake) {
    return compute(real, fake, DEFAULT_K);
  }

  /**
   * Precision and recall with a chosen neighbourhood size.
   *
   * @param real real features {@code [N][d]}, {@code N ≥ k + 1}
   * @param fake generated features {@code [M][d]}, {@code M ≥ k + 1}
   * @param k neighbour rank defining the radii, at least 1
   * @return precision and recall
   * @throws IllegalArgumentException for bad input, named in the message
   */
  public static PrecisionRecallResult compute(double[][] real, double[][] fake, int k) {
    FeatureMatrices.checkNeighbourPair(real, fake, k);
    double[] realRadii = NeighbourBalls.radii(real, k);
    double[] fakeRadii = NeighbourBalls.radii(fake, k);
    double precision = NeighbourBalls.membership(fake, real, realRadii, true).shareInsideAny();
    double recall = NeighbourBalls.membership(real, fake, fakeRadii, true).shareInsideAny();
    return new PrecisionRecallResult(precision, recall);
  }
}
