package org.ganlab.srgan;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import java.util.List;
import org.ganlab.core.nn.DiscriminatorLayers;
import org.ganlab.core.nn.ParametricRelu;
import org.ganlab.core.nn.PixelShuffle;

/**
 * Builds SRGAN's networks (Ledig et al. 2017, fig. 4) for one image shape.
 *
 * <p>Generator (SRResNet): conv 9×9 → PReLU; {@code resBlocks} residual blocks (conv 3×3 → BN → PReLU →
 * conv 3×3 → BN, plus the block's input); conv 3×3 → BN plus the output of the first layer; per factor
 * of 2, conv 3×3 to 4·width channels → pixel shuffle ×2 → PReLU; conv 9×9 to the image channels → tanh
 * (the targets are in [-1, 1]). All convolutions are "same" padded, {@code width} channels.
 *
 * <p>Discriminator: conv 3×3 (width) → LeakyReLU 0.2, then pairs of conv 3×3 stride 1 and stride 2 with
 * BN and LeakyReLU at widths w, 2w, 4w (the paper goes on to 8w for 96 px patches; three halvings take
 * 28 or 32 px to 4), a dense layer of 16·width units (1024 in the paper) → LeakyReLU → one logit. With
 * spectral normalisation every convolution and dense layer is normalised and there is no batch norm
 * (the convolutions get biases instead), as in the SN-GAN discriminators of Miyato et al. 2018.
 */
final class SrganArchitecture {
  private static final float LEAKY_SLOPE = 0.2f;
  private static final int DISCRIMINATOR_STAGES = 3;

  private final int channels;
  private final int width;
  private final int resBlocks;
  private final int doublings;

  SrganArchitecture(int channels, int width, int resBlocks, int scale) {
    this.channels = channels;
    this.width = width;
    this.resBlocks = resBlocks;
    this.doublings = Integer.numberOfTrailingZeros(scale);
  }

  /** Generator: low-resolution images [B, C, h, w] → [B, C, h·scale, w·scale] in [-1, 1]. */
  SequentialBlock generator() {
    SequentialBlock trunk = new SequentialBlock();
    for (int b = 0; b < resBlocks; b++) {
      trunk.add(residual(new SequentialBlock()
          .add(conv(3, width)).add(BatchNorm.builder().build()).add(new ParametricRelu())
          .add(conv(3, width)).add(BatchNorm.builder().build())));
    }
    trunk.add(conv(3, width)).add(BatchNorm.builder().build());
    SequentialBlock g = new SequentialBlock()
        .add(conv(9, width)).add(new ParametricRelu())
        .add(residual(trunk));
    for (int d = 0; d < doublings; d++) {
      g.add(conv(3, 4 * width)).add(PixelShuffle.builder().factor(2).build())
          .add(new ParametricRelu());
    }
    return g.add(conv(9, channels)).add(Activation.tanhBlock());
  }

  /**
   * Discriminator: images [B, C, H, W] → one logit [B, 1].
   *
   * @param layers makes the convolutions and linear layers, plain or spectrally normalised
   * @param batchNorm whether to normalise the activations of every convolution but the first (then
   *     without a bias of their own)
   * @return the discriminator, not yet initialised
   */
  SequentialBlock discriminator(DiscriminatorLayers layers, boolean batchNorm) {
    SequentialBlock d = new SequentialBlock()
        .add(layers.conv(3, 1, 1, width, true)).add(Activation.leakyReluBlock(LEAKY_SLOPE));
    for (int stage = 0; stage < DISCRIMINATOR_STAGES; stage++) {
      int filters = width << stage;
      if (stage > 0) {
        addConv(d, layers.conv(3, 1, 1, filters, !batchNorm), batchNorm);
      }
      addConv(d, layers.conv(3, 2, 1, filters, !batchNorm), batchNorm);
    }
    return d.add(Blocks.batchFlattenBlock())
        .add(layers.linear(16 * width, true)).add(Activation.leakyReluBlock(LEAKY_SLOPE))
        .add(layers.linear(1, true));
  }

  private static void addConv(SequentialBlock d, Block conv, boolean batchNorm) {
    d.add(conv);
    if (batchNorm) {
      d.add(BatchNorm.builder().build());
    }
    d.add(Activation.leakyReluBlock(LEAKY_SLOPE));
  }

  private static Block residual(Block body) {
    return new ParallelBlock(
        outputs -> new NDList(outputs.get(0).singletonOrThrow().add(outputs.get(1).singletonOrThrow())),
        List.of(body, Blocks.identityBlock()));
  }

  private static Conv2d conv(int kernel, int filters) {
    return Conv2d.builder().setKernelShape(new Shape(kernel, kernel))
        .optPadding(new Shape(kernel / 2, kernel / 2)).setFilters(filters).build();
  }
}
