package org.ganlab.metrics.extract;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;

/**
 * The evaluator CNN, a LeNet-style classifier (LeCun et al. 1998) sized for 28×28 grey images:
 * conv 3×3 32 → ReLU → max-pool 2 → conv 3×3 64 → ReLU → max-pool 2 → flatten → dense 128 → ReLU
 * (the features) → dense 10 (the logits). Convolutions are unpadded: 28 → 26 → 13 → 11 → 5, so the
 * flattened map has 64·5·5 = 1600 values and the network about 225k parameters. No batch norm or
 * dropout, so training and inference compute the same function.
 */
final class EvaluatorArchitecture {
  /** Length of the feature vector (the penultimate layer). */
  static final int FEATURE_DIM = 128;
  /** Number of classes of both built-in datasets. */
  static final int NUM_CLASSES = 10;

  private EvaluatorArchitecture() {}

  /**
   * Builds the part from images to features.
   *
   * @return images {@code [B, 1, 28, 28]} → features {@code [B, 128]}, non-negative
   */
  static SequentialBlock trunk() {
    return new SequentialBlock()
        .add(convolution(32))
        .add(Activation.reluBlock())
        .add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)))
        .add(convolution(64))
        .add(Activation.reluBlock())
        .add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)))
        .add(Blocks.batchFlattenBlock())
        .add(Linear.builder().setUnits(FEATURE_DIM).build())
        .add(Activation.reluBlock());
  }

  /**
   * Builds the classification layer.
   *
   * @return features {@code [B, 128]} → logits {@code [B, 10]}
   */
  static Linear head() {
    return Linear.builder().setUnits(NUM_CLASSES).build();
  }

  private static Conv2d convolution(int filters) {
    return Conv2d.builder().setKernelShape(new Shape(3, 3)).setFilters(filters).build();
  }
}
