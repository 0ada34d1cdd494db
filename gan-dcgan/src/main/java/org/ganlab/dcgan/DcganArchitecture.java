package org.ganlab.dcgan;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import org.ganlab.core.nn.DiscriminatorLayers;
import org.ganlab.core.nn.ResizeConv2d;
import org.ganlab.core.nn.TransposedConv2d;

/**
 * Builds DCGAN's two networks for one image shape. Resolution doubles per stage: 7→14→28 (two stages) or
 * 4→8→16→32 (three); channels halve per generator stage from {@code width·2^(stages−1)} and double per
 * discriminator stage from {@code width}.
 */
final class DcganArchitecture {
  private final int channels;
  private final int width;
  private final String upsample;
  private final int stages;
  private final int start;

  DcganArchitecture(int channels, int size, int width, String upsample) {
    this.channels = channels;
    this.width = width;
    this.upsample = upsample;
    this.stages = size == 28 ? 2 : 3;
    this.start = size >> stages;
  }

  /** Generator: z [B, latent] → images [B, C, size, size] in [-1, 1]. */
  SequentialBlock generator() {
    int first = width << (stages - 1);
    SequentialBlock g = new SequentialBlock();
    g.add(Linear.builder().setUnits((long) first * start * start).optBias(false).build())
        .add(BatchNorm.builder().build())
        .add(Activation.reluBlock())
        .add(new LambdaBlock(list -> new NDList(
            list.singletonOrThrow().reshape(new Shape(-1, first, start, start)))));
    for (int stage = 1; stage < stages; stage++) {
      g.add(upsampling(first >> stage, false)).add(BatchNorm.builder().build()).add(Activation.reluBlock());
    }
    return g.add(upsampling(channels, true)).add(Activation.tanhBlock());
  }

  /**
   * Discriminator: images [B, C, size, size] → one logit [B, 1]: stride-2 4×4 convolutions, each but the
   * first followed by batch norm when {@code batchNorm} (then without a bias of its own), LeakyReLU 0.2,
   * and a linear layer.
   *
   * @param layers makes the convolutions and the linear layer, plain or spectrally normalised
   * @param batchNorm whether to normalise the activations of every convolution but the first
   * @return the discriminator, not yet initialised
   */
  SequentialBlock discriminator(DiscriminatorLayers layers, boolean batchNorm) {
    SequentialBlock d = new SequentialBlock();
    for (int stage = 0; stage < stages; stage++) {
      boolean normalised = batchNorm && stage > 0;
      d.add(layers.conv(4, 2, 1, width << stage, !normalised));
      if (normalised) {
        d.add(BatchNorm.builder().build());
      }
      d.add(Activation.leakyReluBlock(0.2f));
    }
    return d.add(Blocks.batchFlattenBlock()).add(layers.linear(1, true));
  }

  private Block upsampling(int outChannels, boolean bias) {
    if ("resize".equals(upsample)) {
      return ResizeConv2d.builder().kernel(3).factor(2).channels(outChannels).bias(bias).build();
    }
    return TransposedConv2d.builder().kernel(4).stride(2).padding(1).channels(outChannels)
        .bias(bias).build();
  }
}
