package org.ganlab.core.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import org.ganlab.core.engine.NativeArrays;

/**
 * The two-sided gradient penalty of WGAN-GP, Gulrajani et al., "Improved Training of Wasserstein GANs"
 * (NeurIPS 2017): mean over the batch of (‖∇D(x̂)‖₂ − 1)², at x̂ = ε·real + (1 − ε)·fake with one ε ~
 * U[0, 1) per sample. The norm is taken over all non-batch dimensions and computed as sqrt(‖g‖² +
 * 1e−12): the 1e−12 changes the value by at most 1e−6 but keeps the gradient of the square root finite
 * where the input gradient vanishes (e.g. a dead ReLU critic), where it would otherwise be NaN.
 */
public final class WganGradientPenalty implements GradientPenalty {

  /** Config name of this penalty. */
  public static final String NAME = "gp";

  private static final float NORM_EPSILON = 1e-12f;

  /** Creates the penalty. */
  public WganGradientPenalty() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public NDArray compute(PenaltyInput input) {
    return InputGradients.meanPenalty(
        input, interpolate(input), squared -> squared.add(NORM_EPSILON).sqrt().sub(1f).square());
  }

  /**
   * Returns ε·real + (1 − ε)·fake with ε drawn per sample from {@code input.random()} in Java, so the
   * points do not depend on the engine's RNG.
   */
  private static NDArray interpolate(PenaltyInput input) {
    NDArray real = input.real().stopGradient();
    NDArray fake = input.fake().stopGradient();
    Shape shape = real.getShape();
    float[] weights = new float[Math.toIntExact(shape.get(0))];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = (float) input.random().nextDouble();
    }
    long[] epsilonShape = new long[shape.dimension()];
    Arrays.fill(epsilonShape, 1L);
    epsilonShape[0] = weights.length;
    NDArray epsilon = NativeArrays.create(real.getManager(), weights, new Shape(epsilonShape));
    return fake.add(real.sub(fake).mul(epsilon));
  }
}
