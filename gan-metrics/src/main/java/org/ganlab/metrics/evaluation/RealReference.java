package org.ganlab.metrics.evaluation;

import org.ganlab.metrics.feature.FeatureStatistics;

/**
 * The real samples generated ones are compared with, as the extractor sees them.
 *
 * @param features features of the held-out samples {@code [N][d]}
 * @param probabilities class probabilities {@code [N][C]}, or null when the extractor has none
 * @param labels the samples' true labels {@code [N]}, or null for unlabelled data
 * @param statistics mean and covariance of {@code features}
 * @param imagesSha256 SHA-256 of the held-out images and labels the features came from
 */
record RealReference(double[][] features, double[][] probabilities, int[] labels,
    FeatureStatistics statistics, String imagesSha256) {

  /**
   * Returns the number of reference samples.
   *
   * @return N
   */
  int size() {
    return features.length;
  }
}
