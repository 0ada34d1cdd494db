package org.ganlab.core.train;

import ai.djl.ndarray.NDArray;
import java.util.function.UnaryOperator;

/**
 * What a {@link DiscriminatorPhase} judges at one repetition: a real batch and a fake batch (already
 * detached from the generator), how the discriminator scores each, and how a gradient penalty sees the
 * discriminator (one logit per sample, any labels bound inside).
 *
 * @param real real samples {@code [B, ...]}
 * @param fake generated samples {@code [B, ...]}, detached
 * @param realScore the discriminator's logits for real samples, in training mode
 * @param fakeScore the discriminator's logits for fake samples, in training mode
 * @param penaltyScore the discriminator a gradient penalty differentiates
 */
public record Contest(
    NDArray real,
    NDArray fake,
    UnaryOperator<NDArray> realScore,
    UnaryOperator<NDArray> fakeScore,
    UnaryOperator<NDArray> penaltyScore) {

  /**
   * Returns the contest of a discriminator that scores real, fake and penalty samples alike.
   *
   * @param real real samples
   * @param fake detached generated samples
   * @param discriminator samples to logits, in training mode
   * @return the contest
   */
  public static Contest of(NDArray real, NDArray fake, UnaryOperator<NDArray> discriminator) {
    return new Contest(real, fake, discriminator, discriminator, discriminator);
  }
}
