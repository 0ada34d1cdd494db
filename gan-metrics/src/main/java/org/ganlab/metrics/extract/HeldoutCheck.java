package org.ganlab.metrics.extract;

import org.ganlab.core.data.Batch;

/**
 * The accuracy of an evaluator on a fixed held-out batch (the first {@code n} held-out images of its
 * dataset opened with its training seed), recorded when it is trained so that a loaded copy can prove
 * it computes what the trained one did.
 *
 * @param n images in the batch
 * @param accuracy share of them whose arg-max probability is their label
 */
public record HeldoutCheck(int n, double accuracy) {
  /** Size of the held-out batch every evaluator is checked on. */
  public static final int SIZE = 512;

  /**
   * Measures an evaluator's accuracy on labelled images.
   *
   * @param extractor the evaluator
   * @param images labelled images {@code [N, C, H, W]}
   * @return N and the accuracy
   * @throws IllegalArgumentException when the images carry no labels
   */
  public static HeldoutCheck measure(FeatureExtractor extractor, Batch images) {
    if (!images.labelled()) {
      throw new IllegalArgumentException("a held-out check needs labelled images, found none");
    }
    return new HeldoutCheck(images.size(),
        accuracy(extractor.extract(images).probabilities(), images.labels()));
  }

  /**
   * Returns the share of rows whose arg-max (the first, on ties) is the label.
   *
   * @param probabilities {@code [N, C]}
   * @param labels {@code [N]}
   * @return correct / N
   */
  static double accuracy(double[][] probabilities, int[] labels) {
    int correct = 0;
    for (int i = 0; i < labels.length; i++) {
      correct += Softmax.argmax(probabilities[i]) == labels[i] ? 1 : 0;
    }
    return (double) correct / labels.length;
  }
}
