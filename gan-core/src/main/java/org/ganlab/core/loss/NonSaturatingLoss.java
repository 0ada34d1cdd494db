package org.ganlab.core.loss;

import ai.djl.ndarray.NDArray;

/**
 * The non-saturating GAN objective, the heuristic proposed alongside the minimax game by Goodfellow et
 * al., "Generative Adversarial Nets" (NeurIPS 2014). D is trained as in {@link MinimaxLoss}; G minimises
 * −log σ(f) = softplus(−f), which has strong gradients early in training.
 */
public final class NonSaturatingLoss extends LogisticDiscriminatorLoss {

  /** Config name of this loss. */
  public static final String NAME = "non-saturating";

  /** Creates the loss. */
  public NonSaturatingLoss() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public NDArray generator(NDArray fakeLogits) {
    return StableMath.softplus(fakeLogits.neg()).mean();
  }
}
