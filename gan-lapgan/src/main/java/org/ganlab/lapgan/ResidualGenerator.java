package org.ganlab.lapgan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * G_k, the generator of an upper LAPGAN level k &lt; K (Denton et al. 2015, section 4.1): the up-sampled
 * coarse image l_k with a noise plane (and, when conditional, a {@link LabelPlane}) as extra input
 * channels, then three same-size convolutions, 7×7 (w), ReLU, 7×7 (w), ReLU, 5×5 (C), whose linear
 * output is the predicted residual h̃_k; the level's image is l_k + h̃_k.
 *
 * <p>Inputs: l_k {@code [B, C, S, S]}, noise {@code [B, 1, S, S]} and, when conditional, labels
 * {@code [B]} (int32). Output: the residual {@code [B, C, S, S]}.
 */
final class ResidualGenerator extends AbstractBlock {
  private final LabelPlane labelPlane;
  private final SequentialBlock body;

  /**
   * Creates the generator.
   *
   * @param channels C
   * @param size S, the side of the level's images
   * @param width w, the channels of the two hidden convolutions
   * @param numClasses classes to condition on, 0 for none
   */
  ResidualGenerator(int channels, int size, int width, int numClasses) {
    this.labelPlane = numClasses == 0 ? null
        : addChildBlock("label_plane", new LabelPlane(numClasses, size));
    this.body = addChildBlock("body", new SequentialBlock()
        .add(conv(7, width)).add(Activation.reluBlock())
        .add(conv(7, width)).add(Activation.reluBlock())
        .add(conv(5, channels)));
  }

  private static Block conv(int kernel, int filters) {
    return Conv2d.builder().setKernelShape(new Shape(kernel, kernel))
        .optPadding(new Shape(kernel / 2, kernel / 2)).setFilters(filters).optBias(true).build();
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray joined = inputs.get(0).concat(inputs.get(1), 1);
    if (labelPlane != null) {
      joined = joined.concat(
          labelPlane.forward(store, new NDList(inputs.get(2)), training).singletonOrThrow(), 1);
    }
    return body.forward(store, new NDList(joined), training);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape coarse = inputShapes[0];
    int extra = 1;
    if (labelPlane != null) {
      labelPlane.initialize(manager, dataType, inputShapes[2]);
      extra++;
    }
    body.initialize(manager, dataType,
        new Shape(coarse.get(0), coarse.get(1) + extra, coarse.get(2), coarse.get(3)));
  }
}
