package org.ganlab.lapgan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * G_K, the generator of LAPGAN's base level (Denton et al. 2015, section 4: an MLP at the coarsest
 * scale): z (joined with the one-hot class when conditional) → Linear(h), ReLU → Linear(h), ReLU →
 * Linear(C·s·s), tanh → an image {@code [B, C, s, s]} in [-1, 1].
 *
 * <p>Inputs: z {@code [B, zDim]} and, when conditional, labels {@code [B]} (int32).
 */
final class BaseGenerator extends AbstractBlock {
  private final int channels;
  private final int size;
  private final int numClasses;
  private final SequentialBlock body;

  /**
   * Creates the generator.
   *
   * @param channels C
   * @param size s, the side of the base image
   * @param hidden h, units of each hidden layer
   * @param numClasses classes to condition on, 0 for none
   */
  BaseGenerator(int channels, int size, int hidden, int numClasses) {
    this.channels = channels;
    this.size = size;
    this.numClasses = numClasses;
    this.body = addChildBlock("body", new SequentialBlock()
        .add(Linear.builder().setUnits(hidden).build()).add(Activation.reluBlock())
        .add(Linear.builder().setUnits(hidden).build()).add(Activation.reluBlock())
        .add(Linear.builder().setUnits((long) channels * size * size).build())
        .add(Activation.tanhBlock()));
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray z = inputs.get(0);
    NDArray joined = numClasses == 0 ? z : z.concat(OneHot.of(inputs.get(1), numClasses), 1);
    NDArray flat = body.forward(store, new NDList(joined), training).singletonOrThrow();
    return new NDList(flat.reshape(z.getShape().get(0), channels, size, size));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {new Shape(inputShapes[0].get(0), channels, size, size)};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    body.initialize(manager, dataType,
        new Shape(inputShapes[0].get(0), inputShapes[0].get(1) + numClasses));
  }
}
