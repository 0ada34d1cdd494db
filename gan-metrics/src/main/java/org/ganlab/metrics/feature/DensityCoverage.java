package org.ganlab.metrics.feature;

import org.ganlab.metrics.feature.internal.FeatureMatrices;
import org.ganlab.metrics.feature.internal.NeighbourBalls;
import org.ganlab.metrics.feature.internal.NeighbourBalls.Membership;

/**
 * Density and coverage (Naeem et al. 2020, "Reliable Fidelity and Diversity Metrics for Generative
 * Models"), with the precision and recall computed the same way. Balls are k-nearest-neighbour balls
 * as in {@link PrecisionRecall}, membership is strict ({@code <}):
 * density {@code = (1 / kM) Σ_fakes Σ_reals 1[fake inside real ball]}; coverage = share of real
 * points whose nearest generated point lies inside their own ball. Distances are computed block-wise.
 */
public final class DensityCoverage {
  /** The paper's neighbourhood size. */
  public static final int DEFAULT_K = 5;

  private DensityCoverage() {}

  /**
   * Precision, recall, density and coverage with {@code k = 5}.
   *
   * @param real real features {@code [N][d]}, {@code N ≥ 6}
   * @param fake generated features {@code [M][d]}, {@code M ≥ 6}
   * @return the four numbers
   * @throws IllegalArgumentException for ragged or non-finite input, different dimensions or too few
   *     rows
   */
  public static DensityCoverageResult compute(double[][] real, double[][] fake) {
    return compute(real, fake, DEFAULT_K);
  }

  /**
   * Precision, recall, density and coverage with a chosen neighbourhood size.
   *
   * @param real real features {@code [N][d]}, {@code N ≥ k + 1}
   * @param fake generated features {@code [M][d]}, {@code M ≥ k + 1}
   * @param k neighbour rank defining the radii, at least 1
   * @return the four numbers
   * @throws IllegalArgumentException for bad input, named in the message
   */
  public static DensityCoverageResult compute(double[][] real, double[][] fake, int k) {
    FeatureMatrices.checkNeighbourPair(real, fake, k);
    double[] realRadii = NeighbourBalls.radii(real, k);
    double[] fakeRadii = NeighbourBalls.radii(fake, k);
    Membership fakesInReal = NeighbourBalls.membership(fake, real, realRadii, false);
    Membership realsInFake = NeighbourBalls.membership(real, fake, fakeRadii, false);
    long inside = 0;
    for (int hits : fakesInReal.inside()) {
      inside += hits;
    }
    int covered = 0;
    for (int i = 0; i < real.length; i++) {
      covered += realsInFake.nearest()[i] < realRadii[i] ? 1 : 0;
    }
    return new DensityCoverageResult(fakesInReal.shareInsideAny(), realsInFake.shareInsideAny(),
        (1.0 / k) * ((double) inside / fake.length), (double) covered / real.length);
  }
}
