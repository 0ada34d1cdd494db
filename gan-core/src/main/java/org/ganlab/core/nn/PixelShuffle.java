package org.ganlab.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Pixel shuffle (sub-pixel convolution's rearrangement) from Shi et al., "Real-Time Single Image and
 * Video Super-Resolution Using an Efficient Sub-Pixel Convolutional Neural Network" (CVPR 2016), in
 * {@code torch.nn.PixelShuffle}'s channel order: {@code out[n, c, h·r + i, w·r + j] = in[n, c·r² + i·r +
 * j, h, w]}.
 *
 * <p>Input {@code [N, C·r², H, W]}; output {@code [N, C, H·r, W·r]}. No parameters.
 */
public final class PixelShuffle extends AbstractBlock {

  private final int factor;

  private PixelShuffle(int factor) {
    this.factor = factor;
  }

  /**
   * Returns a builder.
   *
   * @return a builder with factor 2
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape input = checkInput(inputShapes[0]);
    long r = factor;
    return new Shape[] {
      new Shape(input.get(0), input.get(1) / (r * r), input.get(2) * r, input.get(3) * r)
    };
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore parameterStore,
      NDList inputs,
      boolean training,
      PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    checkInput(x.getShape());
    return new NDList(shuffle(x, factor));
  }

  /**
   * Rearranges {@code [N, C·r², H, W]} into {@code [N, C, H·r, W·r]} in {@code torch.nn.PixelShuffle}'s
   * channel order, differentiably.
   *
   * @param x {@code [N, C·r², H, W]}
   * @param factor r
   * @return {@code [N, C, H·r, W·r]}
   */
  static NDArray shuffle(NDArray x, int factor) {
    Shape in = x.getShape();
    long r = factor;
    long channels = in.get(1) / (r * r);
    // [N, C, r(i), r(j), H, W] -> [N, C, H, r(i), W, r(j)]
    NDArray split = x.reshape(in.get(0), channels, r, r, in.get(2), in.get(3));
    return split.transpose(0, 1, 4, 2, 5, 3).reshape(in.get(0), channels, in.get(2) * r, in.get(3) * r);
  }

  private Shape checkInput(Shape input) {
    if (input.dimension() != 4) {
      throw new IllegalArgumentException(
          "PixelShuffle input must be [N, C·r², H, W], found shape " + input);
    }
    long square = (long) factor * factor;
    if (input.get(1) % square != 0) {
      throw new IllegalArgumentException(
          "PixelShuffle input channels must be a multiple of r² = "
              + square
              + ", found "
              + input.get(1));
    }
    return input;
  }

  /** Configures a {@link PixelShuffle}. */
  public static final class Builder {
    private int factor = 2;

    private Builder() {}

    /**
     * Sets the upscale factor r.
     *
     * @param factor r ≥ 1
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
    public PixelShuffle build() {
      if (factor < 1) {
        throw new IllegalArgumentException("factor must be >= 1, found " + factor);
      }
      return new PixelShuffle(factor);
    }
  }
}
