package org.ganlab.stylegan;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.pooling.Pool;
import org.ganlab.core.nn.DiscriminatorLayers;

/**
 * Builds StyleGAN2's residual discriminator (Karras et al. 2020, fig. 7c, config E/F) at 32 px: a 1×1
 * fromRGB convolution, three {@link ResidualBlock}s 32→16→8→4, then the epilogue: a
 * {@link MinibatchStddev} channel, a 3×3 convolution, a dense layer and the dense output logit. Every
 * layer has {@code width} channels, every activation is LeakyReLU 0.2 × √2, and every convolution and
 * dense layer has the equalised learning rate; with {@code model.spectral_norm} they are spectrally
 * normalised instead (the normalisation makes the weight's scale irrelevant).
 */
final class ResidualDiscriminator {
  private static final int BLOCKS = 3;

  private final int width;
  private final DiscriminatorLayers spectral;

  /**
   * Prepares the builder.
   *
   * @param width channels of every layer
   * @param spectral the spectrally normalised layers, or {@code null} for equalised-lr ones
   */
  ResidualDiscriminator(int width, DiscriminatorLayers spectral) {
    this.width = width;
    this.spectral = spectral;
  }

  /**
   * Builds the network: images {@code [N, C, 32, 32]} to logits {@code [N, 1]}.
   *
   * @return the network, not yet initialised
   */
  SequentialBlock build() {
    SequentialBlock d = new SequentialBlock().add(conv(1, width, true)).add(activation());
    for (int i = 0; i < BLOCKS; i++) {
      SequentialBlock main = new SequentialBlock()
          .add(conv(3, width, true)).add(activation())
          .add(conv(3, width, true)).add(activation())
          .add(downsample());
      SequentialBlock skip = new SequentialBlock().add(downsample()).add(conv(1, width, false));
      d.add(new ResidualBlock(main, skip));
    }
    return d.add(new MinibatchStddev())
        .add(conv(3, width, true)).add(activation())
        .add(Blocks.batchFlattenBlock())
        .add(linear(width)).add(activation())
        .add(linear(1));
  }

  private Block conv(int kernel, int channels, boolean bias) {
    return spectral == null ? new EqualizedConv2d(kernel, channels, bias)
        : spectral.conv(kernel, 1, kernel / 2, channels, bias);
  }

  private Block linear(int units) {
    return spectral == null ? new EqualizedLinear(units, 1f, 0f) : spectral.linear(units, true);
  }

  private static Block activation() {
    return new LambdaBlock(list -> new NDList(Activations.leakyRelu(list.singletonOrThrow())));
  }

  private static Block downsample() {
    return new LambdaBlock(list -> new NDList(Pool.avgPool2d(list.singletonOrThrow(),
        new Shape(2, 2), new Shape(2, 2), new Shape(0, 0), false, true)));
  }
}
