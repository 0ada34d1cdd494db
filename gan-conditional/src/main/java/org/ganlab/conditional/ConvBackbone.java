package org.ganlab.conditional;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import java.util.function.Supplier;
import org.ganlab.core.nn.DiscriminatorLayers;
import org.ganlab.core.nn.TransposedConv2d;
import org.ganlab.core.train.ParameterInitializer;

/**
 * The DCGAN body (Radford, Metz and Chintala 2016) for square images of 28 or 32 px: the generator
 * projects and reshapes to 7×7 (28 px, two stride-2 transposed-convolution stages) or 4×4 (32 px,
 * three), with batch norm and ReLU, ending in tanh. φ is the same number of stride-2 4×4 convolutions,
 * then a 3×3 convolution, each with LeakyReLU 0.2 and batch norm after all but the first, summed over
 * positions: the global sum pooling of Miyato and Koyama's projection discriminator, so that the class
 * evidence a shape gives does not depend on where the shape is. Channels halve per generator stage
 * from {@code width·2^(stages−1)} and double per discriminator layer from {@code width}. Weights
 * N(0, 0.02²).
 * With spectrally normalised discriminator layers φ has no batch norm, as in SN-GAN (Miyato et al. 2018).
 */
final class ConvBackbone implements Backbone {
  private static final double INIT_STD = 0.02;

  private final int channels;
  private final int width;
  private final int stages;
  private final int start;
  private final DiscriminatorLayers layers;
  private final boolean batchNorm;
  private final Supplier<Block> generatorNorm;

  /**
   * Sizes the body.
   *
   * @param channels image channels (1 or 3)
   * @param size image side (28 or 32)
   * @param width {@code model.width}
   * @param layers makes the discriminator's weight layers, plain or spectrally normalised
   * @param batchNorm whether φ normalises the activations of every convolution but the first
   * @param generatorNorm makes the generator's normalisation layers: batch norm, or class-conditional
   *     batch norm ({@link ClassBatchNorm})
   */
  ConvBackbone(int channels, int size, int width, DiscriminatorLayers layers, boolean batchNorm,
      Supplier<Block> generatorNorm) {
    this.channels = channels;
    this.width = width;
    this.stages = size == 28 ? 2 : 3;
    this.start = size >> stages;
    this.layers = layers;
    this.batchNorm = batchNorm;
    this.generatorNorm = generatorNorm;
  }

  @Override
  public LabelledSequence generator() {
    int first = width << (stages - 1);
    LabelledSequence g = new LabelledSequence();
    g.add(Linear.builder().setUnits((long) first * start * start).optBias(false).build())
        .add(generatorNorm.get())
        .add(Activation.reluBlock())
        .add(new LambdaBlock(list -> new NDList(
            list.singletonOrThrow().reshape(new Shape(-1, first, start, start)))));
    for (int stage = 1; stage < stages; stage++) {
      g.add(upsampling(first >> stage, false)).add(generatorNorm.get())
          .add(Activation.reluBlock());
    }
    return g.add(upsampling(channels, true)).add(Activation.tanhBlock());
  }

  @Override
  public SequentialBlock features() {
    SequentialBlock d = new SequentialBlock();
    for (int stage = 0; stage < stages; stage++) {
      convolution(d, layers.conv(4, 2, 1, width << stage, !(batchNorm && stage > 0)), stage > 0);
    }
    convolution(d, layers.conv(3, 1, 1, featureSize(), !batchNorm), true);
    return d.add(new LambdaBlock(list -> new NDList(list.singletonOrThrow().sum(new int[] {2, 3}))));
  }

  @Override
  public int featureSize() {
    return width << stages;
  }

  @Override
  public boolean labelPlanes() {
    return true;
  }

  @Override
  public void initialize(ParameterInitializer init, String network, Block block) {
    init.normal(network, block, INIT_STD);
  }

  private void convolution(SequentialBlock d, Block conv, boolean normalisable) {
    d.add(conv);
    if (batchNorm && normalisable) {
      d.add(BatchNorm.builder().build());
    }
    d.add(Activation.leakyReluBlock(0.2f));
  }

  private static Block upsampling(int outChannels, boolean bias) {
    return TransposedConv2d.builder().kernel(4).stride(2).padding(1).channels(outChannels)
        .bias(bias).build();
  }
}
