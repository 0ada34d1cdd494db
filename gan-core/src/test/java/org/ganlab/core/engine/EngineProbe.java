package org.ganlab.core.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;

/**
 * A child JVM's main class for {@link IsaPinnedEngineTest}: runs one matrix product (oneMKL's SGEMM) and
 * one convolution (oneDNN), so that their verbose modes report the code paths they took.
 */
final class EngineProbe {

  private EngineProbe() {}

  /**
   * Runs the two operations.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray matrix = manager.ones(new Shape(64, 64));
      NDArray images = manager.ones(new Shape(2, 3, 16, 16));
      NDArray kernel = manager.ones(new Shape(8, 3, 3, 3));
      float product = matrix.matMul(matrix).sum().getFloat();
      float convolved = Conv2d.conv2d(images, kernel, null, new Shape(1, 1), new Shape(1, 1),
          new Shape(1, 1), 1).singletonOrThrow().sum().getFloat();
      System.err.println("probe " + product + " " + convolved);
    }
  }
}
