package org.ganlab.lapgan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.ganlab.core.nn.DiscriminatorLayers;

/**
 * D_k, the discriminator of an upper LAPGAN level k &lt; K. As in the paper (Denton et al. 2015,
 * section 3.2, "the low-pass image l_k is explicitly added to h_k or h̃_k before the first convolution
 * layer"), it sees the level's image l_k + h, the coarse image plus a real or generated residual (and,
 * when conditional, a {@link LabelPlane} as an extra channel): 5×5 stride-2 convolution (w), LeakyReLU
 * 0.2, 5×5 stride-2 convolution (w), LeakyReLU 0.2, flatten, Linear(1). Its layers come from
 * {@link DiscriminatorLayers}, spectrally normalised when the config asks.
 *
 * <p>Inputs: l_k + h {@code [B, C, S, S]} and, when conditional, labels {@code [B]} (int32). Output:
 * {@code [B, 1]}.
 */
final class ResidualDiscriminator extends AbstractBlock {
  private final LabelPlane labelPlane;
  private final SequentialBlock body;

  /**
   * Creates the discriminator.
   *
   * @param layers makes its convolution and linear layers
   * @param size S, the side of the level's images
   * @param width w, the channels of both convolutions
   * @param numClasses classes to condition on, 0 for none
   */
  ResidualDiscriminator(DiscriminatorLayers layers, int size, int width, int numClasses) {
    this.labelPlane = numClasses == 0 ? null
        : addChildBlock("label_plane", new LabelPlane(numClasses, size));
    this.body = addChildBlock("body", new SequentialBlock()
        .add(layers.conv(5, 2, 2, width, true)).add(Activation.leakyReluBlock(0.2f))
        .add(layers.conv(5, 2, 2, width, true)).add(Activation.leakyReluBlock(0.2f))
        .add(Blocks.batchFlattenBlock())
        .add(layers.linear(1, true)));
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray joined = inputs.get(0);
    if (labelPlane != null) {
      joined = joined.concat(
          labelPlane.forward(store, new NDList(inputs.get(1)), training).singletonOrThrow(), 1);
    }
    return body.forward(store, new NDList(joined), training);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {new Shape(inputShapes[0].get(0), 1)};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape image = inputShapes[0];
    int extra = 0;
    if (labelPlane != null) {
      labelPlane.initialize(manager, dataType, inputShapes[1]);
      extra = 1;
    }
    body.initialize(manager, dataType,
        new Shape(image.get(0), image.get(1) + extra, image.get(2), image.get(3)));
  }
}
