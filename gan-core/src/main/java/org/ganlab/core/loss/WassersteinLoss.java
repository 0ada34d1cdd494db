package org.ganlab.core.loss;

import ai.djl.ndarray.NDArray;

/**
 * The Wasserstein GAN objective of Arjovsky et al., "Wasserstein Generative Adversarial Networks" (ICML
 * 2017): the critic minimises −mean(r) + mean(f); G minimises −mean(f). The critic must be kept
 * Lipschitz, either by {@link WeightClipping} after each critic update (the original WGAN) or by a
 * gradient penalty ({@link WganGradientPenalty}, under the config name {@code wasserstein-gp}).
 */
public final class WassersteinLoss implements AdversarialLoss {

  /** Config name of the plain loss. */
  public static final String NAME = "wasserstein";

  /** Config name of the same loss meant to be used with a gradient penalty. */
  public static final String NAME_GP = "wasserstein-gp";

  private final String name;

  /**
   * Creates the loss.
   *
   * @param name the config name it was selected by, {@link #NAME} or {@link #NAME_GP}
   */
  public WassersteinLoss(String name) {
    this.name = name;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public LossTerms discriminator(NDArray realLogits, NDArray fakeLogits) {
    return LossTerms.discriminator(realLogits.mean().neg(), fakeLogits.mean());
  }

  @Override
  public NDArray generator(NDArray fakeLogits) {
    return fakeLogits.mean().neg();
  }
}
