package org.ganlab.stylegan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.ganlab.core.engine.NativeArrays;

/**
 * StyleGAN2's toRGB layer: a modulated 1×1 convolution without demodulation and a bias, from the
 * features of one resolution to an image in the data's channels. Inputs {@code x [N, in, H, W]} and
 * {@code w [N, wDim]}; output {@code [N, C, H, W]}.
 */
final class ToRgb extends AbstractBlock {
  private final ModulatedConv2d conv;
  private final int channels;
  private final Parameter bias;

  /**
   * Creates the layer.
   *
   * @param inChannels feature channels
   * @param channels image channels (1 or 3)
   */
  ToRgb(int inChannels, int channels) {
    this.channels = channels;
    conv = addChildBlock("conv", new ModulatedConv2d(inChannels, 1, channels, false, false));
    bias = addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS).build());
  }

  @Override
  protected void prepare(Shape[] inputShapes) {
    bias.setShape(new Shape(channels));
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    conv.initialize(manager, dataType, inputShapes[0], inputShapes[1]);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return conv.getOutputShapes(inputShapes);
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray x = inputs.get(0);
    NDArray y = conv.forward(store, new NDList(x, inputs.get(1)), training).singletonOrThrow();
    NDArray b = NativeArrays.scopedTo(
        store.getValue(bias, x.getDevice(), training).reshape(1, channels, 1, 1), x);
    return new NDList(y.add(b));
  }
}
