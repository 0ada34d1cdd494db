package org.ganlab.cyclegan;

import ai.djl.ndarray.NDArray;
import java.util.function.Function;
import org.ganlab.core.train.Contest;
import org.ganlab.core.train.PhaseContext;

/**
 * What one CycleGAN discriminator judges: real images of its domain against the generator's fakes
 * (detached) passed through the domain's {@link ImagePool}, scored on the patch logits (each loss
 * averages over patches and samples). A configured gradient penalty sees the discriminator as one logit
 * per image, the mean of its patch map.
 */
final class PoolContest implements Function<PhaseContext, Contest> {
  private final CycleGan models;
  private final String discriminator;
  private final String generator;
  private final ImagePool pool;
  private final boolean domainA;

  /**
   * Describes the contest.
   *
   * @param models the networks
   * @param discriminator the discriminator judging
   * @param generator the generator whose fakes it sees
   * @param pool the pool those fakes pass through
   * @param domainA whether the discriminator judges domain A (real = the phase's inputs, fakes made
   *     from its targets) rather than domain B (real = targets, fakes made from inputs)
   */
  PoolContest(CycleGan models, String discriminator, String generator, ImagePool pool,
      boolean domainA) {
    this.models = models;
    this.discriminator = discriminator;
    this.generator = generator;
    this.pool = pool;
    this.domainA = domainA;
  }

  @Override
  public Contest apply(PhaseContext phase) {
    NDArray real = domainA ? phase.input() : phase.real();
    NDArray source = domainA ? phase.real() : phase.input();
    NDArray fake = pool.query(models.run(generator, source, false).stopGradient(), phase.random());
    return new Contest(real, fake, this::discriminate, this::discriminate, this::imageLogits);
  }

  private NDArray discriminate(NDArray images) {
    return models.run(discriminator, images, true);
  }

  /** One logit per image {@code [B]}: the mean of the patch map. */
  private NDArray imageLogits(NDArray images) {
    NDArray patches = discriminate(images);
    return patches.reshape(patches.getShape().get(0), -1).mean(new int[] {1});
  }
}
