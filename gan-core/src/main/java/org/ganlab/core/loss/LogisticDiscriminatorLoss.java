package org.ganlab.core.loss;

import ai.djl.ndarray.NDArray;

/**
 * The discriminator half shared by the minimax and non-saturating objectives (Goodfellow et al. 2014):
 * D is a logistic classifier minimising −log σ(r) − log(1 − σ(f)) = softplus(−r) + softplus(f). The two
 * objectives differ only in the generator's loss.
 */
abstract class LogisticDiscriminatorLoss implements AdversarialLoss {

  @Override
  public final LossTerms discriminator(NDArray realLogits, NDArray fakeLogits) {
    return LossTerms.discriminator(
        StableMath.softplus(realLogits.neg()).mean(), StableMath.softplus(fakeLogits).mean());
  }
}
