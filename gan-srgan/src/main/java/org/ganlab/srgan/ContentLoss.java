package org.ganlab.srgan;

import ai.djl.ndarray.NDArray;
import org.ganlab.core.nn.ImageFeatures;

/**
 * SRGAN's content loss (Ledig et al. 2017, eq. 4–5): the mean squared error between the
 * super-resolved and the true high-resolution images, either of their pixels or of their features
 * under a frozen network (the paper uses VGG19; ganlab uses the data set's evaluator classifier, without
 * the paper's 1/12.75 rescaling).
 */
final class ContentLoss {
  private final ImageFeatures features;

  private ContentLoss(ImageFeatures features) {
    this.features = features;
  }

  /**
   * Returns the pixel MSE.
   *
   * @return the loss
   */
  static ContentLoss pixels() {
    return new ContentLoss(null);
  }

  /**
   * Returns the feature MSE under a frozen network.
   *
   * @param features the loaded network
   * @return the loss
   */
  static ContentLoss features(ImageFeatures features) {
    return new ContentLoss(features);
  }

  /**
   * Computes the loss, differentiable with respect to {@code superResolved}.
   *
   * @param superResolved generator outputs {@code [B, C, H, W]} in [-1, 1]
   * @param target true high-resolution images, same shape
   * @return a scalar: the mean over all elements of the squared difference
   */
  NDArray between(NDArray superResolved, NDArray target) {
    if (features == null) {
      return superResolved.sub(target).square().mean();
    }
    return features.features(superResolved).sub(features.features(target)).square().mean();
  }
}
