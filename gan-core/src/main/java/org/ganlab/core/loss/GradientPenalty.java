package org.ganlab.core.loss;

import ai.djl.ndarray.NDArray;

/**
 * A regulariser of the discriminator's input gradient (WGAN-GP, R1). Computing it needs a second
 * derivative, which {@link org.ganlab.core.autograd.Autograd#inputGradient} provides.
 */
public interface GradientPenalty {

  /**
   * Returns the name used in configs, e.g. {@code gp}.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the unweighted penalty, a differentiable scalar. Leaves the discriminator's parameter
   * gradients at zero (the input-gradient pass would otherwise leave them polluted).
   *
   * @param input the discriminator, the batch and a seeded RNG
   * @return the penalty
   */
  NDArray compute(PenaltyInput input);
}
