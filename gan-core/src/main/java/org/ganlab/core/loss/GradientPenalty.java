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
   * Returns the unweighted penalty, a differentiable scalar. Writes no gradient anywhere: the input
   * gradient comes from {@code torch.autograd.grad}, not from a backward pass.
   *
   * @param input the discriminator, the batch and a seeded RNG
   * @return the penalty
   */
  NDArray compute(PenaltyInput input);
}
