package org.ganlab.metrics.feature;

/**
 * The outcome of a classifier two-sample test.
 *
 * @param accuracy share of held-out rows (real and generated, as many of each) the classifier labels
 *     correctly: 0.5 when the two samples cannot be told apart, 1 when they are perfectly separable
 * @param k neighbours that vote in the k-NN classifier
 * @param trainPerClass rows of each class the classifier was fitted on
 * @param testPerClass held-out rows of each class the accuracy is measured on
 * @param seed seed of the random split
 */
public record C2stResult(double accuracy, int k, int trainPerClass, int testPerClass, long seed) {

  /**
   * Returns the binomial standard error of the accuracy under the null hypothesis (both samples from
   * one distribution): {@code sqrt(0.25 / n_test)} with {@code n_test = 2 · testPerClass}.
   *
   * @return the standard error of an accuracy of 0.5
   */
  public double nullStandardError() {
    return Math.sqrt(0.25 / (2.0 * testPerClass));
  }
}
