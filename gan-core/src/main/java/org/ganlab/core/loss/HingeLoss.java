package org.ganlab.core.loss;

import ai.djl.ndarray.NDArray;

/**
 * The hinge GAN objective of Lim and Ye, "Geometric GAN" (2017), as used by Miyato et al., "Spectral
 * Normalization for Generative Adversarial Networks" (ICLR 2018): D minimises mean(relu(1 − r)) +
 * mean(relu(1 + f)); G minimises −mean(f).
 */
public final class HingeLoss implements AdversarialLoss {

  /** Config name of this loss. */
  public static final String NAME = "hinge";

  /** Creates the loss. */
  public HingeLoss() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public LossTerms discriminator(NDArray realLogits, NDArray fakeLogits) {
    return LossTerms.discriminator(
        StableMath.relu(realLogits.neg().add(1f)).mean(),
        StableMath.relu(fakeLogits.add(1f)).mean());
  }

  @Override
  public NDArray generator(NDArray fakeLogits) {
    return fakeLogits.mean().neg();
  }
}
