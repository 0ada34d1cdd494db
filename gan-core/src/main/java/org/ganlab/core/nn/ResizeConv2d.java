package org.ganlab.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Resize-convolution, the upsampling layer recommended by Odena et al., "Deconvolution and Checkerboard
 * Artifacts" (Distill 2016): nearest-neighbour upsampling by an integer factor (every pixel repeated
 * factor × factor times) followed by a stride-1 convolution with "same" padding (k − 1)/2 for odd k.
 *
 * <p>Input {@code [N, in, H, W]}; output {@code [N, out, H·f, W·f]}. Parameters: {@code weight [out,
 * in, k, k]} and {@code bias [out]}.
 */
public final class ResizeConv2d extends AbstractBlock {

  private final int kernel;
  private final int factor;
  private final int channels;
  private final Parameter weight;
  private final Parameter bias;

  private ResizeConv2d(Builder builder) {
    kernel = builder.kernel;
    factor = builder.factor;
    channels = builder.channels;
    weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT).build());
    bias =
        builder.bias
            ? addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS).build())
            : null;
  }

  /**
   * Returns a builder.
   *
   * @return a builder with factor 2 and a bias
   */
  public static Builder builder() {
    return new Builder();
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
    Shape input = inputShapes[0];
    return new Shape[] {new Shape(input.get(0), channels, input.get(2) * factor, input.get(3) * factor)};
  }

  /**
   * Returns the multiply-adds of one forward pass: the convolution over the upsampled input, N · out ·
   * H·f · W·f · in · k² (the upsampling itself is a copy and is not counted).
   *
   * @param input {@code [N, in, H, W]}
   * @return the number of multiply-adds
   */
  public long multiplyAdds(Shape input) {
    Shape output = getOutputShapes(new Shape[] {input})[0];
    return output.size() * input.get(1) * kernel * kernel;
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore parameterStore,
      NDList inputs,
      boolean training,
      PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    NDArray w = parameterStore.getValue(weight, x.getDevice(), training);
    NDArray b = bias == null ? null : parameterStore.getValue(bias, x.getDevice(), training);
    NDArray upsampled = factor == 1 ? x : x.repeat(2, factor).repeat(3, factor);
    Shape one = new Shape(1, 1);
    int half = (kernel - 1) / 2;
    return upsampled
        .getNDArrayInternal()
        .convolution(upsampled, w, b, one, new Shape(half, half), one, 1);
  }

  /** Configures a {@link ResizeConv2d}. */
  public static final class Builder extends UpConvolutionBuilder<Builder> {
    private int factor = 2;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the upsampling factor f.
     *
     * @param factor f ≥ 1
     * @return this builder
     */
    public Builder factor(int factor) {
      this.factor = factor;
      return this;
    }

    /**
     * Checks the settings and builds the block.
     *
     * @return the block
     */
    public ResizeConv2d build() {
      check(kernel >= 1 && kernel % 2 == 1, "kernel must be odd and >= 1, found " + kernel);
      check(factor >= 1, "factor must be >= 1, found " + factor);
      check(channels >= 1, "channels must be >= 1, found " + channels);
      return new ResizeConv2d(this);
    }
  }
}
