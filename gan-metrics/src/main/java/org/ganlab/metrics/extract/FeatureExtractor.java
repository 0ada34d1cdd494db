package org.ganlab.metrics.extract;

import org.ganlab.core.data.Batch;

/**
 * A network that maps images to feature vectors and, when it is a classifier, class probabilities:
 * the input of FID, KID, precision/recall and density/coverage, and of the Inception Score and class
 * coverage. Implementations own native memory and must be closed.
 */
public interface FeatureExtractor extends AutoCloseable {

  /**
   * Returns what identifies this extractor in every metric protocol.
   *
   * @return name and weights hash
   */
  ExtractorIdentity identity();

  /**
   * Returns the length of one feature vector.
   *
   * @return the feature dimension
   */
  int featureDimension();

  /**
   * Returns the number of classes of the probabilities.
   *
   * @return the class count, or 0 when this extractor gives no probabilities
   */
  int numClasses();

  /**
   * Extracts features (and probabilities, for classifiers) of images in ganlab's layout.
   *
   * @param images images {@code [N, C, H, W]} with values in [-1, 1]; any size and 1 or 3 channels
   * @return one feature row (and probability row) per image, in order
   */
  Extraction extract(Batch images);

  /** Frees the native memory of the network. */
  @Override
  void close();
}
