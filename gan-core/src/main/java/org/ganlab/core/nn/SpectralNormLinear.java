package org.ganlab.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

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
public final class SpectralNormLinear extends AbstractBlock {

  private final int units;
  private final Parameter weight;
  private final Parameter bias;
  private final Parameter u;

  private SpectralNormLinear(Builder builder) {
    units = builder.units;
    weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT).build());
    bias =
        builder.bias
            ? addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS).build())
            : null;
    u = addParameter(PowerIteration.vectorParameter(builder.seed));
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
  protected void prepare(Shape[] inputShapes) {
    Shape input = checkInput(inputShapes[0]);
    weight.setShape(new Shape(units, input.get(input.dimension() - 1)));
    if (bias != null) {
      bias.setShape(new Shape(units));
    }
    u.setShape(new Shape(units));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape input = checkInput(inputShapes[0]);
    return new Shape[] {input.slice(0, input.dimension() - 1).add(units)};
  }

  /**
   * Returns the current estimate σ = uᵀ W v, v = normalize(Wᵀu), from the stored u; after enough
   * training passes it approaches W's largest singular value.
   *
   * @return σ
   */
  public double sigma() {
    return PowerIteration.sigma(weight.getArray(), u.getArray());
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
    NDArray vector = parameterStore.getValue(u, x.getDevice(), false);
    NDArray normalised = PowerIteration.normalise(w, vector, u, x.getManager(), training);
    return Linear.linear(x, normalised, b);
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
