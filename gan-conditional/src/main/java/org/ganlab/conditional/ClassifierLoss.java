package org.ganlab.conditional;

import ai.djl.ndarray.NDArray;

/**
 * The auxiliary classifier's loss (AC-GAN, Odena, Olah and Shlens 2017): the mean cross-entropy between
 * the discriminator's class logits and the classes the samples should have.
 */
final class ClassifierLoss {
  private ClassifierLoss() {}

  /**
   * Computes −mean log softmax(logits)[label].
   *
   * @param logits class logits {@code [B, C]}
   * @param labels the expected classes {@code [B]} (int32)
   * @return the mean cross-entropy, a scalar
   */
  static NDArray crossEntropy(NDArray logits, NDArray labels) {
    int classes = (int) logits.getShape().get(1);
    NDArray picked = logits.logSoftmax(1).mul(OneHot.of(labels, classes)).sum(new int[] {1});
    return picked.mean().neg();
  }
}
