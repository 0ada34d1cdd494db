package org.ganlab.conditional;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The concatenating discriminator of Mirza and Osindero (2014): the one-hot label is joined to the input
 * and an unconditional network scores the pair. For images it is broadcast to C constant planes joined
 * as extra input channels ({@code [B, channels + C, H, W]}); otherwise the sample is flattened and the C
 * label entries appended ({@code [B, size + C]}).
 *
 * <p>Inputs: samples {@code [B, ...]} and labels {@code [B]} (int32). Output: logits {@code [B, 1]}.
 */
final class ConcatDiscriminator extends AbstractBlock {
  private final int numClasses;
  private final boolean planes;
  private final Block body;

  /**
   * Wraps a body.
   *
   * @param numClasses the number of classes C
   * @param planes join the label as image planes (true) or as flat features (false)
   * @param body maps the joined input to logits {@code [B, 1]}
   */
  ConcatDiscriminator(int numClasses, boolean planes, Block body) {
    this.numClasses = numClasses;
    this.planes = planes;
    this.body = addChildBlock("body", body);
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray samples = inputs.get(0);
    NDArray labels = OneHot.of(inputs.get(1), numClasses);
    long batch = samples.getShape().get(0);
    NDArray joined;
    if (planes) {
      Shape image = samples.getShape();
      joined = samples.concat(labels.reshape(batch, numClasses, 1, 1)
          .broadcast(new Shape(batch, numClasses, image.get(2), image.get(3))), 1);
    } else {
      joined = samples.reshape(batch, -1).concat(labels, 1);
    }
    return body.forward(store, new NDList(joined), training);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {new Shape(inputShapes[0].get(0), 1)};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    body.initialize(manager, dataType, joined(inputShapes[0]));
  }

  private Shape joined(Shape samples) {
    if (planes) {
      return new Shape(samples.get(0), samples.get(1) + numClasses, samples.get(2), samples.get(3));
    }
    return new Shape(samples.get(0), samples.size() / samples.get(0) + numClasses);
  }
}
