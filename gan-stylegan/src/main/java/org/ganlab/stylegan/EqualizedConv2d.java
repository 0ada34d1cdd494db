package org.ganlab.stylegan;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.ganlab.core.engine.NativeArrays;

/**
 * A stride-1 square convolution with "same" padding and the equalised learning rate of Karras et al.
 * (2018): the weight is stored as N(0, 1) and multiplied at run time by {@code 1/√(in·k²)}. Input
 * {@code [N, in, H, W]}, output {@code [N, out, H, W]}; weight {@code [out, in, k, k]}, optional bias
 * {@code [out]}.
 */
final class EqualizedConv2d extends AbstractBlock {
  private final int kernel;
  private final int channels;
  private final Parameter weight;
  private final Parameter bias;

  /**
   * Creates the layer.
   *
   * @param kernel k, odd
   * @param channels output channels
   * @param withBias whether to add a learned bias (starting at 0)
   */
  EqualizedConv2d(int kernel, int channels, boolean withBias) {
    this.kernel = kernel;
    this.channels = channels;
    weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT).build());
    bias = withBias
        ? addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS).build())
        : null;
  }

  /**
   * Returns the run-time weight scale of a kernel.
   *
   * @param inChannels input channels
   * @param kernel k
   * @return 1/√(in·k²)
   */
  static float runtimeScale(long inChannels, int kernel) {
    return (float) (1 / Math.sqrt(inChannels * kernel * kernel));
  }

  @Override
  protected void prepare(Shape[] inputShapes) {
    weight.setShape(new Shape(channels, inputShapes[0].get(1), kernel, kernel));
    if (bias != null) {
      bias.setShape(new Shape(channels));
    }
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape in = inputShapes[0];
    return new Shape[] {new Shape(in.get(0), channels, in.get(2), in.get(3))};
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
      PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    NDArray w = store.getValue(weight, x.getDevice(), training);
    NDArray b = bias == null ? null : store.getValue(bias, x.getDevice(), training);
    NDArray scaled = NativeArrays.scopedTo(
        w.mul(NativeArrays.scalar(x, runtimeScale(x.getShape().get(1), kernel))), x);
    return new NDList(Convolutions.same(x, scaled, b));
  }
}
