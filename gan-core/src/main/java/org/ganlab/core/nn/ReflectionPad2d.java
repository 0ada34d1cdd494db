package org.ganlab.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Reflection padding of the two spatial axes, as {@code torch.nn.ReflectionPad2d}: p rows or columns are
 * added on each side, mirrored about the edge pixel without repeating it (row −1 is row 1, row H is row
 * H − 2). CycleGAN's ResNet generator (Zhu et al., "Unpaired Image-to-Image Translation using
 * Cycle-Consistent Adversarial Networks", ICCV 2017) pads this way to avoid border artefacts.
 *
 * <p>Input {@code [N, C, H, W]} with p &lt; H and p &lt; W; output {@code [N, C, H + 2p, W + 2p]}. No
 * parameters.
 */
public final class ReflectionPad2d extends AbstractBlock {

  private final int padding;

  private ReflectionPad2d(int padding) {
    this.padding = padding;
  }

  /**
   * Returns a builder.
   *
   * @return a builder with padding 1
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape input = checkInput(inputShapes[0]);
    long grow = 2L * padding;
    return new Shape[] {
      new Shape(input.get(0), input.get(1), input.get(2) + grow, input.get(3) + grow)
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
    if (padding == 0) {
      return new NDList(x);
    }
    return new NDList(reflect(reflect(x, 2), 3));
  }

  /** Pads one axis: the p entries after the first, flipped, then x, then the p before the last, flipped. */
  private NDArray reflect(NDArray x, int axis) {
    long size = x.getShape().get(axis);
    String prefix = axis == 2 ? ":, :, " : ":, :, :, ";
    NDArray before = x.get(prefix + "1:" + (padding + 1)).flip(axis);
    NDArray after = x.get(prefix + (size - 1 - padding) + ":" + (size - 1)).flip(axis);
    return before.concat(x, axis).concat(after, axis);
  }

  private Shape checkInput(Shape input) {
    if (input.dimension() != 4) {
      throw new IllegalArgumentException(
          "ReflectionPad2d input must be [N, C, H, W], found shape " + input);
    }
    if (padding >= input.get(2) || padding >= input.get(3)) {
      throw new IllegalArgumentException(
          "ReflectionPad2d padding must be < H and < W, found padding "
              + padding
              + " for input "
              + input);
    }
    return input;
  }

  /** Configures a {@link ReflectionPad2d}. */
  public static final class Builder {
    private int padding = 1;

    private Builder() {}

    /**
     * Sets the padding p added on each side of H and W.
     *
     * @param padding p ≥ 0 (and, at run time, p &lt; H and p &lt; W)
     * @return this builder
     */
    public Builder padding(int padding) {
      this.padding = padding;
      return this;
    }

    /**
     * Checks the settings and builds the block.
     *
     * @return the block
     */
    public ReflectionPad2d build() {
      if (padding < 0) {
        throw new IllegalArgumentException("padding must be >= 0, found " + padding);
      }
      return new ReflectionPad2d(padding);
    }
  }
}
