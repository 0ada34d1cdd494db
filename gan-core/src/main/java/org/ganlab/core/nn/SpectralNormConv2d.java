package org.ganlab.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.convolutional.Conv2d;

/**
 * A 2-D convolution with spectral normalisation (Miyato et al., "Spectral Normalization for Generative
 * Adversarial Networks", ICLR 2018): the kernel W {@code [out, in, k, k]}, read as a matrix {@code [out,
 * in·k·k]}, is divided by its largest singular value σ, estimated by one power-iteration step per
 * training forward pass (see {@link PowerIteration}), so the layer is about 1-Lipschitz.
 *
 * <p>Input {@code [N, in, H, W]}; output {@code [N, out, (H + 2p − k)/s + 1, (W + 2p − k)/s + 1]}.
 * Parameters: {@code weight [out, in, k, k]}, {@code bias [out]} (optional) and {@code u [out]}, the
 * power-iteration vector: not trained, initialised from a seeded unit-norm normal draw, updated in place
 * by every training forward pass and saved with the other parameters, like BatchNorm's running
 * statistics. Inference uses the stored u without updating it.
 */
public final class SpectralNormConv2d extends SpectralNormBlock {

  private final int kernel;
  private final int filters;
  private final int stride;
  private final int padding;

  private SpectralNormConv2d(Builder builder) {
    super(builder.filters, builder.bias, builder.seed);
    kernel = builder.kernel;
    filters = builder.filters;
    stride = builder.stride;
    padding = builder.padding;
  }

  /**
   * Returns a builder.
   *
   * @return a builder with stride 1, padding 0, a bias and u-seed 0
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  Shape weightShape(Shape input) {
    return new Shape(filters, checkInput(input).get(1), kernel, kernel);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape input = checkInput(inputShapes[0]);
    return new Shape[] {
      new Shape(input.get(0), filters, outputSize(input.get(2)), outputSize(input.get(3)))
    };
  }

  @Override
  NDList apply(NDArray x, NDArray normalisedWeight, NDArray bias) {
    return Conv2d.conv2d(x, normalisedWeight, bias, new Shape(stride, stride),
        new Shape(padding, padding), new Shape(1, 1), 1);
  }

  private long outputSize(long size) {
    return (size + 2L * padding - kernel) / stride + 1;
  }

  private static Shape checkInput(Shape input) {
    if (input.dimension() != 4) {
      throw new IllegalArgumentException(
          "SpectralNormConv2d input must be [N, C, H, W], found shape " + input);
    }
    return input;
  }

  /** Configures a {@link SpectralNormConv2d}. */
  public static final class Builder {
    private int kernel;
    private int filters;
    private int stride = 1;
    private int padding;
    private boolean bias = true;
    private long seed;

    private Builder() {}

    /**
     * Sets the square kernel size k.
     *
     * @param kernel k ≥ 1
     * @return this builder
     */
    public Builder setKernel(int kernel) {
      this.kernel = kernel;
      return this;
    }

    /**
     * Sets the number of output channels.
     *
     * @param filters ≥ 1
     * @return this builder
     */
    public Builder setFilters(int filters) {
      this.filters = filters;
      return this;
    }

    /**
     * Sets the stride in both directions.
     *
     * @param stride ≥ 1
     * @return this builder
     */
    public Builder optStride(int stride) {
      this.stride = stride;
      return this;
    }

    /**
     * Sets the zero padding on every side.
     *
     * @param padding ≥ 0 pixels
     * @return this builder
     */
    public Builder optPadding(int padding) {
      this.padding = padding;
      return this;
    }

    /**
     * Turns the bias on or off.
     *
     * @param bias whether to add a learned bias per output channel
     * @return this builder
     */
    public Builder optBias(boolean bias) {
      this.bias = bias;
      return this;
    }

    /**
     * Sets the seed of u's initial draw (derive it from the run seed, e.g. with {@code Seeds.derive}).
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder optSeed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Checks the settings and builds the block.
     *
     * @return the block
     */
    public SpectralNormConv2d build() {
      UpConvolutionBuilder.check(kernel >= 1, "kernel must be >= 1, found " + kernel);
      UpConvolutionBuilder.check(filters >= 1, "filters must be >= 1, found " + filters);
      UpConvolutionBuilder.check(stride >= 1, "stride must be >= 1, found " + stride);
      UpConvolutionBuilder.check(padding >= 0, "padding must be >= 0, found " + padding);
      return new SpectralNormConv2d(this);
    }
  }
}
