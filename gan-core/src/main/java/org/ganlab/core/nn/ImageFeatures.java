package org.ganlab.core.nn;

import ai.djl.ndarray.NDArray;

/** The features of a loaded {@link FeatureNetwork}: a differentiable function of the images. */
@FunctionalInterface
public interface ImageFeatures {

  /**
   * Computes features, recording the graph when gradients are being recorded, so a loss on them can be
   * back-propagated to the images (and to whatever made them); the network's own weights stay fixed.
   *
   * @param images {@code [B, C, H, W]} in [-1, 1], in a shape the network supports
   * @return features {@code [B, d]}, owned by {@code images}' manager
   */
  NDArray features(NDArray images);
}
