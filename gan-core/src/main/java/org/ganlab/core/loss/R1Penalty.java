package org.ganlab.core.loss;

import ai.djl.ndarray.NDArray;

/**
 * The R1 regulariser of Mescheder et al., "Which Training Methods for GANs do actually Converge?" (ICML
 * 2018): the squared norm of D's input gradient on real data, mean over the batch of ‖∇ₓD(x_i)‖² (summed
 * over all non-batch dimensions). It is returned unweighted and without the paper's ½: the loss adds
 * {@code weight × mean‖∇D‖²}, so {@code loss.penalty.weight} is γ/2 in the paper's notation (γ = 10
 * there means weight 5 here).
 */
public final class R1Penalty implements GradientPenalty {

  /** Config name of this penalty. */
  public static final String NAME = "r1";

  /** Creates the penalty. */
  public R1Penalty() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public NDArray compute(PenaltyInput input) {
    return InputGradients.meanPenalty(input, input.real(), squared -> squared);
  }
}
