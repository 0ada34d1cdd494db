package org.ganlab.lapgan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * How an upper level of the class-conditional LAPGAN sees the class (Denton et al. 2015, section 4.1:
 * "the one-hot vector is passed through a linear layer whose output is reshaped into a single plane
 * feature map"): a learned, bias-free linear map of the one-hot label to one S×S plane, i.e. one learned
 * plane per class, joined to the level's input as an extra channel.
 *
 * <p>Input: labels {@code [B]} (int32). Output: {@code [B, 1, S, S]}.
 */
final class LabelPlane extends AbstractBlock {
  private final int numClasses;
  private final int size;
  private final Block embedding;

  /**
   * Creates the plane maker.
   *
   * @param numClasses the number of classes
   * @param size S, the side of the plane
   */
  LabelPlane(int numClasses, int size) {
    this.numClasses = numClasses;
    this.size = size;
    this.embedding = addChildBlock("embedding",
        Linear.builder().setUnits((long) size * size).optBias(false).build());
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray labels = inputs.singletonOrThrow();
    NDArray plane = embedding.forward(store, new NDList(OneHot.of(labels, numClasses)), training)
        .singletonOrThrow();
    return new NDList(plane.reshape(labels.getShape().get(0), 1, size, size));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {new Shape(inputShapes[0].get(0), 1, size, size)};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    embedding.initialize(manager, dataType, new Shape(inputShapes[0].get(0), numClasses));
  }
}
