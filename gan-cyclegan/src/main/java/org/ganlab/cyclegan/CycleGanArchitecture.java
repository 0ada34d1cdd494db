package org.ganlab.cyclegan;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import java.util.List;
import org.ganlab.core.nn.DiscriminatorLayers;
import org.ganlab.core.nn.InstanceNorm;
import org.ganlab.core.nn.ReflectionPad2d;
import org.ganlab.core.nn.ResizeConv2d;
import org.ganlab.core.nn.TransposedConv2d;

/**
 * Builds CycleGAN's networks (Zhu et al. 2017, appendix 7.2) for images {@code [C, S, S]} with S
 * divisible by 4, base channel count k = {@code model.width}; instance norm without affine parameters
 * and biased convolutions, as in the authors' code.
 *
 * <ul>
 *   <li>Generator, the ResNet generator of Johnson et al. (2016) scaled to 28/32 px: c7s1-k, d2k, d4k
 *       (3×3 stride-2 convolutions), {@code res_blocks} × R4k (reflection-padded 3×3 convolutions with
 *       a skip), u2k, uk (3×3 stride-2 transposed convolutions with output padding 1, or with
 *       {@code model.upsample: resize} nearest upsampling and a 3×3 convolution), c7s1-C, tanh.
 *       28 px runs 28 → 14 → 7 → 14 → 28; 32 px 32 → 16 → 8 → 16 → 32.
 *   <li>Discriminator, a PatchGAN (Isola et al. 2017) scaled down: C_k (4×4 stride 2, no norm), C_2k
 *       (4×4 stride 1, instance norm), then a 4×4 stride-1 convolution to one channel, LeakyReLU 0.2
 *       between. Each output scores a 16×16 patch (the paper's 70×70 patch is ¼ of a 256 px image; one
 *       more stride-2 layer would make it 34×34, wider than the image); the output is a map
 *       {@code [B, 1, S/2 − 2, S/2 − 2]} (12×12 at 28 px, 14×14 at 32 px). With {@code
 *       model.spectral_norm} every convolution is spectrally normalised and the instance norm is dropped.
 * </ul>
 */
final class CycleGanArchitecture {
  private final int channels;
  private final int width;
  private final int resBlocks;
  private final boolean resize;

  CycleGanArchitecture(int channels, int width, CycleGanOptions options) {
    this.channels = channels;
    this.width = width;
    this.resBlocks = options.resBlocks();
    this.resize = "resize".equals(options.upsample());
  }

  /** Generator: images {@code [B, C, S, S]} in [-1, 1] → images of the other domain, same shape. */
  SequentialBlock generator() {
    SequentialBlock g = new SequentialBlock();
    g.add(ReflectionPad2d.builder().padding(3).build()).add(conv(7, 1, 0, width));
    normRelu(g);
    g.add(conv(3, 2, 1, 2 * width));
    normRelu(g);
    g.add(conv(3, 2, 1, 4 * width));
    normRelu(g);
    for (int i = 0; i < resBlocks; i++) {
      g.add(residualBlock(4 * width));
    }
    g.add(upsampling(2 * width));
    normRelu(g);
    g.add(upsampling(width));
    normRelu(g);
    return g.add(ReflectionPad2d.builder().padding(3).build()).add(conv(7, 1, 0, channels))
        .add(Activation.tanhBlock());
  }

  /**
   * Discriminator: images {@code [B, C, S, S]} → patch logits {@code [B, 1, S/2 − 2, S/2 − 2]}.
   *
   * @param layers makes the three convolutions, plain or spectrally normalised
   * @param instanceNorm whether to normalise after the second convolution (dropped with spectral
   *     normalisation, as SN-GAN's discriminators have no normalisation layers)
   * @return the discriminator, not yet initialised
   */
  SequentialBlock discriminator(DiscriminatorLayers layers, boolean instanceNorm) {
    SequentialBlock d = new SequentialBlock()
        .add(layers.conv(4, 2, 1, width, true))
        .add(Activation.leakyReluBlock(0.2f))
        .add(layers.conv(4, 1, 1, 2 * width, true));
    if (instanceNorm) {
      d.add(InstanceNorm.builder().build());
    }
    return d.add(Activation.leakyReluBlock(0.2f)).add(layers.conv(4, 1, 1, 1, true));
  }

  /** x + F(x), F = pad, conv 3×3, norm, ReLU, pad, conv 3×3, norm. */
  private static Block residualBlock(int filters) {
    SequentialBlock residual = new SequentialBlock()
        .add(ReflectionPad2d.builder().padding(1).build())
        .add(conv(3, 1, 0, filters));
    normRelu(residual);
    residual.add(ReflectionPad2d.builder().padding(1).build())
        .add(conv(3, 1, 0, filters))
        .add(InstanceNorm.builder().build());
    return new ParallelBlock(
        outputs -> new NDList(outputs.get(0).singletonOrThrow().add(outputs.get(1).singletonOrThrow())),
        List.of(residual, Blocks.identityBlock()));
  }

  private static void normRelu(SequentialBlock block) {
    block.add(InstanceNorm.builder().build()).add(Activation.reluBlock());
  }

  private Block upsampling(int filters) {
    if (resize) {
      return ResizeConv2d.builder().kernel(3).factor(2).channels(filters).bias(true).build();
    }
    return TransposedConv2d.builder().kernel(3).stride(2).padding(1).outputPadding(1)
        .channels(filters).bias(true).build();
  }

  private static Block conv(int kernel, int stride, int padding, int filters) {
    return Conv2d.builder().setKernelShape(new Shape(kernel, kernel))
        .optStride(new Shape(stride, stride)).optPadding(new Shape(padding, padding))
        .setFilters(filters).optBias(true).build();
  }
}
