package org.ganlab.core.loss;

import ai.djl.ndarray.NDArray;

/**
 * A GAN objective as pure functions of discriminator outputs (logits, shape {@code [B]} or
 * {@code [B, 1]}), like compare_gan's {@code loss_lib}. Implementations hold no state and create nothing
 * but the returned arrays.
 */
public interface AdversarialLoss {

  /**
   * Returns the name used in configs, e.g. {@code non-saturating}.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the discriminator's terms: {@code d_real}, {@code d_fake} and their sum {@code d_loss} (the
   * total).
   *
   * @param realLogits D's outputs on real samples
   * @param fakeLogits D's outputs on generated samples
   * @return the terms, total {@code d_loss}
   */
  LossTerms discriminator(NDArray realLogits, NDArray fakeLogits);

  /**
   * Returns the generator's loss {@code g_loss}.
   *
   * @param fakeLogits D's outputs on generated samples
   * @return a scalar
   */
  NDArray generator(NDArray fakeLogits);
}
