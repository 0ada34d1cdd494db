package org.ganlab.metrics.feature;

import org.ganlab.metrics.feature.internal.DenseMatrices;
import org.ganlab.metrics.feature.internal.TraceOfSqrtProduct;

/**
 * Fréchet distance between two Gaussians fitted to feature sets, the FID of Heusel et al. 2017 ("GANs
 * Trained by a Two Time-Scale Update Rule Converge to a Local Nash Equilibrium"):
 * {@code ‖μa − μb‖² + Tr Σa + Tr Σb − 2 Tr (Σa^½ Σb Σa^½)^½}.
 *
 * <p>The trace term is the sum of the square roots of the eigenvalues of the symmetric positive
 * semi-definite matrix {@code Σa^½ Σb Σa^½}, which stays real and exact where {@code sqrtm(Σa Σb)}
 * turns complex or singular (rank-deficient covariances, fewer samples than dimensions). With
 * {@code Σa = Fa Faᵀ} and {@code Σb = Fb Fbᵀ}, those eigenvalues are the squared singular values of
 * {@code Fbᵀ Fa}. The factors are Cholesky factors where a covariance is numerically of full rank, and
 * otherwise come from an eigendecomposition whose rounding-level eigenvalues are dropped. For two
 * well-conditioned covariances the eigenvalues of {@code Faᵀ Σb Fa} are used (clipped at 0), for any
 * other pair the singular values, which keep rank-deficient and near-collinear sets at distance 0
 * from themselves to rounding.
 * The linear algebra runs in libtorch (float64, the engine's intra-op threads, the lower triangles of
 * the covariances): 1.4 to 1.7 s at {@code d = 2048} on two threads. The value is not clipped: for
 * identical statistics it is 0 up to rounding and may be slightly negative.
 */
public final class FrechetDistance {

  private FrechetDistance() {}

  /**
   * Fréchet distance between two sets of statistics.
   *
   * @param a statistics of one set, e.g. the real features
   * @param b statistics of the other set, same dimension
   * @return the squared Fréchet distance, in squared feature units
   * @throws IllegalArgumentException when the dimensions differ
   */
  public static double between(FeatureStatistics a, FeatureStatistics b) {
    if (a.dimension() != b.dimension()) {
      throw new IllegalArgumentException("statistics have dimensions " + a.dimension() + " and "
          + b.dimension() + "; they must match");
    }
    double[][] sigmaA = a.covariance();
    double[][] sigmaB = b.covariance();
    return squaredDistance(a.mean(), b.mean())
        + DenseMatrices.trace(sigmaA)
        + DenseMatrices.trace(sigmaB)
        - 2 * TraceOfSqrtProduct.of(sigmaA, sigmaB);
  }

  /**
   * Fréchet distance between the statistics of two feature matrices.
   *
   * @param real real features {@code [N][d]}, {@code N ≥ 2}
   * @param fake generated features {@code [M][d]}, {@code M ≥ 2}
   * @return the squared Fréchet distance (FID when the features are Inception-v3 pool3 features)
   * @throws IllegalArgumentException for ragged or non-finite input, or different dimensions
   */
  public static double of(double[][] real, double[][] fake) {
    return between(FeatureStatistics.of(real), FeatureStatistics.of(fake));
  }

  private static double squaredDistance(double[] x, double[] y) {
    double sum = 0;
    for (int j = 0; j < x.length; j++) {
      double diff = x[j] - y[j];
      sum += diff * diff;
    }
    return sum;
  }
}
