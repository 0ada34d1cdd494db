package org.ganlab.core.loss;

import ai.djl.ndarray.NDArray;

/**
 * The original, saturating GAN objective of Goodfellow et al., "Generative Adversarial Nets" (NeurIPS
 * 2014). D minimises −log σ(r) − log(1 − σ(f)) = softplus(−r) + softplus(f); G minimises
 * log(1 − σ(f)) = −softplus(f), whose gradient vanishes when D confidently rejects the fakes.
 */
public final class MinimaxLoss extends LogisticDiscriminatorLoss {

  /** Config name of this loss. */
  public static final String NAME = "minimax";

  /** Creates the loss. */
  public MinimaxLoss() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public NDArray generator(NDArray fakeLogits) {
    return StableMath.softplus(fakeLogits).mean().neg();
  }
}
