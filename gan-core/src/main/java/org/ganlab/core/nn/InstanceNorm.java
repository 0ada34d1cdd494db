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
 * Instance normalisation from Ulyanov et al., "Instance Normalization: The Missing Ingredient for Fast
 * Stylization" (2016), as {@code torch.nn.InstanceNorm2d} without running statistics: every sample and
 * channel is normalised over its H × W pixels with the population variance, y = (x − μ) / √(σ² + ε),
 * ε = 1e-5, then, if affine, scaled and shifted per channel: γ_c · y + β_c.
 *
 * <p>Input {@code [N, C, H, W]}; output the same shape. Parameters (affine only): {@code gamma [C]}
 * (starts at 1) and {@code beta [C]} (starts at 0), both trained.
 */
public final class InstanceNorm extends AbstractBlock {

  /** The ε added to the variance, as in PyTorch. */
  public static final double EPSILON = 1e-5;

  private final Parameter gamma;
  private final Parameter beta;

  private InstanceNorm(boolean affine) {
    gamma =
        affine
            ? addParameter(Parameter.builder().setName("gamma").setType(Parameter.Type.GAMMA).build())
            : null;
    beta =
        affine
            ? addParameter(Parameter.builder().setName("beta").setType(Parameter.Type.BETA).build())
            : null;
  }

  /**
   * Returns a builder.
   *
   * @return a builder without the affine transform
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  protected void prepare(Shape[] inputShapes) {
    Shape input = checkInput(inputShapes[0]);
    if (gamma != null) {
      gamma.setShape(new Shape(input.get(1)));
      beta.setShape(new Shape(input.get(1)));
    }
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {checkInput(inputShapes[0])};
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore parameterStore,
      NDList inputs,
      boolean training,
      PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    Shape shape = checkInput(x.getShape());
    NDArray centred = x.sub(spatialMean(x));
    NDArray variance = spatialMean(centred.square());
    NDArray y = centred.div(variance.add(EPSILON).sqrt());
    if (gamma == null) {
      return new NDList(y);
    }
    Shape perChannel = new Shape(1, shape.get(1), 1, 1);
    NDArray g = NativeArrays.scopedTo(
        parameterStore.getValue(gamma, x.getDevice(), training).reshape(perChannel), x);
    NDArray b = NativeArrays.scopedTo(
        parameterStore.getValue(beta, x.getDevice(), training).reshape(perChannel), x);
    return new NDList(y.mul(g).add(b));
  }

  /** Mean over H and W, kept as {@code [N, C, 1, 1]}; DJL's PyTorch engine means one axis at a time. */
  private static NDArray spatialMean(NDArray x) {
    return x.mean(new int[] {3}, true).mean(new int[] {2}, true);
  }

  private static Shape checkInput(Shape input) {
    if (input.dimension() != 4) {
      throw new IllegalArgumentException(
          "InstanceNorm input must be [N, C, H, W], found shape " + input);
    }
    return input;
  }

  /** Configures an {@link InstanceNorm}. */
  public static final class Builder {
    private boolean affine;

    private Builder() {}

    /**
     * Turns the learned per-channel scale and shift on or off.
     *
     * @param affine whether to apply γ_c · y + β_c after normalising
     * @return this builder
     */
    public Builder affine(boolean affine) {
      this.affine = affine;
      return this;
    }

    /**
     * Builds the block.
     *
     * @return the block
     */
    public InstanceNorm build() {
      return new InstanceNorm(affine);
    }
  }
}
