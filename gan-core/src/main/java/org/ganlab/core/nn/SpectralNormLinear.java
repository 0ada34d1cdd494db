package org.ganlab.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;

/**
 * A fully connected layer with spectral normalisation (Miyato et al., "Spectral Normalization for
 * Generative Adversarial Networks", ICLR 2018): y = x (W / σ)ᵀ + b, where σ, W's largest singular value,
 * is estimated by one power-iteration step per training forward pass (see {@link PowerIteration}).
 *
 * <p>Input {@code [..., in]}; output {@code [..., units]}. Parameters: {@code weight [units, in]},
 * {@code bias [units]} (optional) and {@code u [units]}, the power-iteration vector: not trained,
 * initialised from a seeded unit-norm normal draw, updated in place by every training forward pass and
 * saved with the other parameters, like BatchNorm's running statistics. Inference uses the stored u
 * without updating it.
 */
public final class SpectralNormLinear extends SpectralNormBlock {

  private final int units;

  private SpectralNormLinear(Builder builder) {
    super(builder.units, builder.bias, builder.seed);
    units = builder.units;
  }

  /**
   * Returns a builder.
   *
   * @return a builder with a bias and u-seed 0
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  Shape weightShape(Shape input) {
    Shape checked = checkInput(input);
    return new Shape(units, checked.get(checked.dimension() - 1));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape input = checkInput(inputShapes[0]);
    return new Shape[] {input.slice(0, input.dimension() - 1).add(units)};
  }

  @Override
  NDList apply(NDArray x, NDArray normalisedWeight, NDArray bias) {
    return Linear.linear(x, normalisedWeight, bias);
  }

  private static Shape checkInput(Shape input) {
    if (input.dimension() < 1) {
      throw new IllegalArgumentException(
          "SpectralNormLinear input must be [..., in], found shape " + input);
    }
    return input;
  }

  /** Configures a {@link SpectralNormLinear}. */
  public static final class Builder {
    private int units;
    private boolean bias = true;
    private long seed;

    private Builder() {}

    /**
     * Sets the number of outputs.
     *
     * @param units ≥ 1
     * @return this builder
     */
    public Builder setUnits(int units) {
      this.units = units;
      return this;
    }

    /**
     * Turns the bias on or off.
     *
     * @param bias whether to add a learned bias per output
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
    public SpectralNormLinear build() {
      UpConvolutionBuilder.check(units >= 1, "units must be >= 1, found " + units);
      return new SpectralNormLinear(this);
    }
  }
}
