package org.ganlab.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.ganlab.core.engine.NativeArrays;

/**
 * An exact 2-D transposed convolution ("deconvolution", as in the DCGAN generator of Radford et al.,
 * ICLR 2016), which DJL's PyTorch engine lacks. It is computed as a stride-1 convolution over the
 * zero-inserted input (stride − 1 zeros between neighbouring pixels, k − 1 − p zeros around, plus the
 * output padding at the bottom and right) with the spatially flipped kernel whose channel axes are
 * swapped; this matches PyTorch's {@code ConvTranspose2d} numerically.
 *
 * <p>Input {@code [N, in, H, W]}; output {@code [N, out, (H − 1)·s − 2p + k + op, (W − 1)·s − 2p + k +
 * op]}. Parameters: {@code weight [in, out, k, k]} (PyTorch's layout) and {@code bias [out]}.
 */
public final class TransposedConv2d extends AbstractBlock {

  private final int kernel;
  private final int stride;
  private final int padding;
  private final int outputPadding;
  private final int channels;
  private final Parameter weight;
  private final Parameter bias;

  private TransposedConv2d(Builder builder) {
    kernel = builder.kernel;
    stride = builder.stride;
    padding = builder.padding;
    outputPadding = builder.outputPadding;
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
   * @return a builder with stride 1, no padding and a bias
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  protected void prepare(Shape[] inputShapes) {
    weight.setShape(new Shape(inputShapes[0].get(1), channels, kernel, kernel));
    if (bias != null) {
      bias.setShape(new Shape(channels));
    }
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape input = inputShapes[0];
    return new Shape[] {
      new Shape(input.get(0), channels, outputSize(input.get(2)), outputSize(input.get(3)))
    };
  }

  /**
   * Returns the multiply-adds actually executed for one forward pass: the stride-1 convolution over the
   * zero-inserted input, N · out · H_out · W_out · in · k², about s² times what a native transposed
   * convolution would need.
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
    NDArray kernelFlipped = NativeArrays.scopedTo(w.transpose(1, 0, 2, 3), x).flip(2, 3);
    NDArray dilated = padBorder(insertZeros(x));
    Shape one = new Shape(1, 1);
    return dilated
        .getNDArrayInternal()
        .convolution(dilated, kernelFlipped, b, one, new Shape(0, 0), one, 1);
  }

  private long outputSize(long inputSize) {
    return (inputSize - 1) * stride - 2L * padding + kernel + outputPadding;
  }

  /** Puts stride − 1 zeros between neighbouring pixels: [N, C, H, W] to [N, C, (H−1)s+1, (W−1)s+1]. */
  private NDArray insertZeros(NDArray x) {
    if (stride == 1) {
      return x;
    }
    return ZeroInsertion.along(ZeroInsertion.along(x, 3, stride), 2, stride);
  }

  /** Pads k − 1 − p zeros on every side plus the output padding at the bottom and right. */
  private NDArray padBorder(NDArray x) {
    long border = kernel - 1L - padding;
    if (border == 0 && outputPadding == 0) {
      return x;
    }
    return x.pad(new Shape(border, border + outputPadding, border, border + outputPadding), 0);
  }

  /** Configures a {@link TransposedConv2d}. */
  public static final class Builder extends UpConvolutionBuilder<Builder> {
    private int stride = 1;
    private int padding;
    private int outputPadding;

    private Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * Sets the stride s (the upsampling factor).
     *
     * @param stride s ≥ 1
     * @return this builder
     */
    public Builder stride(int stride) {
      this.stride = stride;
      return this;
    }

    /**
     * Sets the padding p (what the matching forward convolution would pad).
     *
     * @param padding 0 ≤ p ≤ k − 1
     * @return this builder
     */
    public Builder padding(int padding) {
      this.padding = padding;
      return this;
    }

    /**
     * Sets the extra rows and columns added at the bottom and right of the output.
     *
     * @param outputPadding 0 ≤ op &lt; s
     * @return this builder
     */
    public Builder outputPadding(int outputPadding) {
      this.outputPadding = outputPadding;
      return this;
    }

    /**
     * Checks the settings and builds the block.
     *
     * @return the block
     */
    public TransposedConv2d build() {
      check(kernel >= 1, "kernel must be >= 1, found " + kernel);
      check(stride >= 1, "stride must be >= 1, found " + stride);
      check(padding >= 0 && padding <= kernel - 1, "padding must be in [0, kernel-1], found " + padding);
      check(
          outputPadding >= 0 && outputPadding < stride,
          "outputPadding must be in [0, stride), found " + outputPadding);
      check(channels >= 1, "channels must be >= 1, found " + channels);
      return new TransposedConv2d(this);
    }
  }
}
