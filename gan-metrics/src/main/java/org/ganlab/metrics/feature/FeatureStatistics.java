package org.ganlab.metrics.feature;

import org.ganlab.metrics.feature.internal.DenseMatrices;
import org.ganlab.metrics.feature.internal.FeatureMatrices;

/**
 * First and second moments of a feature set, the input of the Fréchet distance (Heusel et al. 2017,
 * "GANs Trained by a Two Time-Scale Update Rule Converge to a Local Nash Equilibrium"). Computed once
 * per reference dataset and extractor, they can be cached and reused. The arrays are copied on the way
 * in and out, so an instance never changes.
 *
 * @param mean column means {@code μ [d]}
 * @param covariance sample covariance {@code Σ [d][d]} (divided by {@code n − 1}), symmetric positive
 *     semi-definite up to rounding
 * @param n number of feature rows the statistics summarise, at least 2
 */
public record FeatureStatistics(double[] mean, double[][] covariance, long n) {

  /**
   * Checks shapes, finiteness and {@code n}, and copies the arrays.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public FeatureStatistics {
    FeatureMatrices.checkRectangular("mean", new double[][] {mean});
    int d = FeatureMatrices.checkRectangular("covariance", covariance);
    if (d != mean.length || covariance.length != d) {
      throw new IllegalArgumentException("covariance is " + covariance.length + " x " + d
          + ", expected " + mean.length + " x " + mean.length + " to match the mean");
    }
    if (n < 2) {
      throw new IllegalArgumentException("n must be >= 2 for a sample covariance, found " + n);
    }
    mean = mean.clone();
    covariance = deepCopy(covariance);
  }

  /**
   * Statistics of a feature matrix: column mean and sample covariance (divide by {@code N − 1}), the
   * covariance formed from mean-centred rows.
   *
   * @param features rows {@code [N][d]}, {@code N ≥ 2}, finite
   * @return {@code μ}, {@code Σ} and {@code N}
   * @throws IllegalArgumentException for ragged rows, non-finite values or fewer than 2 rows
   */
  public static FeatureStatistics of(double[][] features) {
    FeatureMatrices.checkRectangular("features", features);
    FeatureMatrices.checkRows("features", features, 2, "a sample covariance divides by N - 1");
    double[] mean = DenseMatrices.columnMeans(features);
    return new FeatureStatistics(mean, DenseMatrices.covariance(features, mean), features.length);
  }

  /**
   * Feature dimension.
   *
   * @return {@code d}
   */
  public int dimension() {
    return mean.length;
  }

  /**
   * Column means.
   *
   * @return a copy of {@code μ [d]}
   */
  @Override
  public double[] mean() {
    return mean.clone();
  }

  /**
   * Sample covariance.
   *
   * @return a copy of {@code Σ [d][d]}
   */
  @Override
  public double[][] covariance() {
    return deepCopy(covariance);
  }

  private static double[][] deepCopy(double[][] a) {
    double[][] copy = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      copy[i] = a[i].clone();
    }
    return copy;
  }
}
