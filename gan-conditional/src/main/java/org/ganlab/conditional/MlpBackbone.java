package org.ganlab.conditional;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import org.ganlab.core.data.SampleShape;
import org.ganlab.core.nn.DiscriminatorLayers;
import org.ganlab.core.train.ParameterInitializer;

/**
 * The fully connected body of the original cGAN (Mirza and Osindero 2014) and of the vanilla variant:
 * {@value #DEPTH} hidden layers of {@code model.width} units, ReLU in the generator (ending in tanh for
 * images, then reshaped to the sample shape) and LeakyReLU 0.2 in φ, which flattens its input first.
 * Weights U(−1/√fan_in, 1/√fan_in).
 */
final class MlpBackbone implements Backbone {
  /** Hidden layers in each network. */
  static final int DEPTH = 3;

  private final SampleShape shape;
  private final int width;
  private final DiscriminatorLayers layers;

  /**
   * Sizes the body.
   *
   * @param shape the shape of one sample
   * @param width {@code model.width}
   * @param layers makes the discriminator's weight layers
   */
  MlpBackbone(SampleShape shape, int width, DiscriminatorLayers layers) {
    this.shape = shape;
    this.width = width;
    this.layers = layers;
  }

  @Override
  public LabelledSequence generator() {
    LabelledSequence g = new LabelledSequence();
    for (int i = 0; i < DEPTH; i++) {
      g.add(Linear.builder().setUnits(width).build()).add(Activation.reluBlock());
    }
    g.add(Linear.builder().setUnits(shape.size()).build());
    if (shape.isImage()) {
      g.add(Activation.tanhBlock());
    }
    long[] sample = shape.batchShape(1);
    return g.add(new LambdaBlock(list -> {
      NDArray flat = list.singletonOrThrow();
      long[] dims = sample.clone();
      dims[0] = flat.getShape().get(0);
      return new NDList(flat.reshape(dims));
    }));
  }

  @Override
  public SequentialBlock features() {
    SequentialBlock d = new SequentialBlock();
    d.add(new LambdaBlock(list -> {
      NDArray x = list.singletonOrThrow();
      return new NDList(x.reshape(x.getShape().get(0), -1));
    }));
    for (int i = 0; i < DEPTH; i++) {
      d.add(layers.linear(width, true)).add(Activation.leakyReluBlock(0.2f));
    }
    return d;
  }

  @Override
  public int featureSize() {
    return width;
  }

  @Override
  public boolean labelPlanes() {
    return false;
  }

  @Override
  public void initialize(ParameterInitializer init, String network, Block block) {
    init.uniformFanIn(network, block);
  }
}
