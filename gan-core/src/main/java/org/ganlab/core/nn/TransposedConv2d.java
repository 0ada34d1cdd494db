package org.ganlab.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import org.ganlab.core.engine.NativeArrays;

/**
 * An exact 2-D transposed convolution ("deconvolution", as in the DCGAN generator of Radford et al.,
 * ICLR 2016), which DJL's PyTorch engine lacks. It is computed in the sub-pixel (phase) form: output
 * pixel {@code y} with {@code y + p = s·q + r} takes only the kernel taps {@code a ≡ r (mod s)}, so the
 * s² output phases are s² stride-1 convolutions of the input with the sub-kernels {@code w[.., r + s·m]}
 * ({@code ⌈k/s⌉} taps each, spatially flipped, channel axes swapped). They run as one stride-1
 * convolution whose {@code out·s²} output channels a pixel shuffle interleaves, cropped to the output
 * window; no multiplication by inserted zeros. This matches PyTorch's {@code ConvTranspose2d} to float
 * rounding (the sums are the same but taken in another order).
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
   * Returns the multiply-adds of the transposed convolution itself: every input pixel times every kernel
   * tap, N · in · out · H · W · k² (its definition as a scatter, what a native transposed convolution
   * computes). The phase form runs (s² · Q_H · Q_W · ⌈k/s⌉²) / (H · W · k²) times that, Q being the phase
   * rows (columns) that cover the output: 64/49 for DCGAN's 7→14 layer, 225/196 for its 14→28 one.
   *
   * @param input {@code [N, in, H, W]}
   * @return the number of multiply-adds
   */
  public long multiplyAdds(Shape input) {
    return input.size() * channels * kernel * kernel;
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
    Window rows = window(x.getShape().get(2));
    Window cols = window(x.getShape().get(3));
    NDArray padded = x;
    if (rows.before() + rows.after() + cols.before() + cols.after() > 0) {
      padded = x.pad(new Shape(cols.before(), cols.after(), rows.before(), rows.after()), 0);
    }
    Shape one = new Shape(1, 1);
    NDArray phases =
        padded
            .getNDArrayInternal()
            .convolution(padded, subKernels(w, x), phaseBias(b, x), one, new Shape(0, 0), one, 1)
            .singletonOrThrow();
    NDArray shuffled = stride == 1 ? phases : PixelShuffle.shuffle(phases, stride);
    return new NDList(crop(shuffled, rows, cols, x.getShape()));
  }

  /**
   * Rearranges {@code weight [in, out, k, k]} into the phase kernels {@code [out·s², in, ⌈k/s⌉, ⌈k/s⌉]}:
   * channel {@code c·s² + r·s + t} holds {@code w[.., c, r + s·m, t + s·n]} flipped in m and n, with zero
   * taps where {@code r + s·m ≥ k}.
   */
  private NDArray subKernels(NDArray w, NDArray x) {
    long taps = taps();
    long extra = stride * taps - kernel;
    NDArray full =
        NativeArrays.scopedTo(
            extra == 0 ? w.reshape(w.getShape()) : w.pad(new Shape(0, extra, 0, extra), 0), x);
    long in = w.getShape().get(0);
    return full.reshape(in, channels, taps, stride, taps, stride)
        .flip(2, 4)
        .transpose(1, 3, 5, 0, 2, 4)
        .reshape(channels * (long) stride * stride, in, taps, taps);
  }

  /** The bias of every output channel, repeated for its s² phases; null without a bias. */
  private NDArray phaseBias(NDArray b, NDArray x) {
    if (b == null || stride == 1) {
      return b;
    }
    long phases = (long) stride * stride;
    return NativeArrays.scopedTo(b.reshape(channels, 1), x)
        .broadcast(new Shape(channels, phases))
        .reshape(channels * phases);
  }

  /** Keeps the output window of the shuffled phases, which start at output row {@code −start}. */
  private NDArray crop(NDArray shuffled, Window rows, Window cols, Shape input) {
    long height = outputSize(input.get(2));
    long width = outputSize(input.get(3));
    Shape shape = shuffled.getShape();
    if (rows.start() == 0 && cols.start() == 0 && shape.get(2) == height && shape.get(3) == width) {
      return shuffled;
    }
    return shuffled.get(
        new NDIndex(
            ":, :, {}:{}, {}:{}",
            rows.start(), rows.start() + height, cols.start(), cols.start() + width));
  }

  /** Taps per sub-kernel along one axis: ⌈k/s⌉. */
  private long taps() {
    return (kernel + stride - 1L) / stride;
  }

  /**
   * The phase window along one axis of input size n: output pixel y has y + p = s·q + r, q from
   * ⌊p/s⌋ to ⌊(p + n_out − 1)/s⌋; phase row q reads input rows q − ⌈k/s⌉ + 1 … q, so the input is padded
   * by ⌈k/s⌉ − 1 − ⌊p/s⌋ before and by as much as the last phase row needs after.
   */
  private Window window(long size) {
    long first = padding / stride;
    long last = (padding + outputSize(size) - 1) / stride;
    long before = taps() - 1 - first;
    long after = Math.max(0, last + 1 - size);
    return new Window(before, after, size - first + after, padding - stride * first);
  }

  /**
   * The phase window along one axis.
   *
   * @param before zero rows padded before the input
   * @param after zero rows padded after the input
   * @param rows phase rows the stride-1 convolution computes
   * @param start the shuffled row that is output row 0
   */
  private record Window(long before, long after, long rows, long start) {}

  private long outputSize(long inputSize) {
    return (inputSize - 1) * stride - 2L * padding + kernel + outputPadding;
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
