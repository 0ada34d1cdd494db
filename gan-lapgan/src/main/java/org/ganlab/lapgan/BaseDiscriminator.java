package org.ganlab.lapgan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.ganlab.core.nn.DiscriminatorLayers;

/**
 * D_K, the discriminator of LAPGAN's base level: the flattened image (joined with the one-hot class when
 * conditional) → Linear(h), LeakyReLU 0.2 → Linear(h), LeakyReLU 0.2 → Linear(1), one logit per image.
 * Its layers come from {@link DiscriminatorLayers}, spectrally normalised when the config asks.
 *
 * <p>Inputs: images {@code [B, C, s, s]} and, when conditional, labels {@code [B]} (int32). Output:
 * {@code [B, 1]}.
 */
final class BaseDiscriminator extends AbstractBlock {
  private final int numClasses;
  private final SequentialBlock body;

  /**
   * Creates the discriminator.
   *
   * @param layers makes its linear layers
   * @param hidden h, units of each hidden layer
   * @param numClasses classes to condition on, 0 for none
   */
  BaseDiscriminator(DiscriminatorLayers layers, int hidden, int numClasses) {
    this.numClasses = numClasses;
    this.body = addChildBlock("body", new SequentialBlock()
        .add(layers.linear(hidden, true)).add(Activation.leakyReluBlock(0.2f))
        .add(layers.linear(hidden, true)).add(Activation.leakyReluBlock(0.2f))
        .add(layers.linear(1, true)));
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray images = inputs.get(0);
    NDArray flat = images.reshape(images.getShape().get(0), -1);
    NDArray joined = numClasses == 0 ? flat : flat.concat(OneHot.of(inputs.get(1), numClasses), 1);
    return body.forward(store, new NDList(joined), training);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {new Shape(inputShapes[0].get(0), 1)};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape image = inputShapes[0];
    body.initialize(manager, dataType,
        new Shape(image.get(0), image.size() / image.get(0) + numClasses));
  }
}
