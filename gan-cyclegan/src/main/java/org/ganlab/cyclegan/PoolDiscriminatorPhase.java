package org.ganlab.cyclegan;

import ai.djl.ndarray.NDArray;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.engine.NativeArrays;
import org.ganlab.core.loss.GradientPenalty;
import org.ganlab.core.loss.LossTerms;
import org.ganlab.core.loss.Losses;
import org.ganlab.core.loss.PenaltyInput;
import org.ganlab.core.train.BuildContext;
import org.ganlab.core.train.PhaseContext;
import org.ganlab.core.train.UpdatePhase;

/**
 * The phase of one CycleGAN discriminator: real images of its domain against the generator's fakes
 * (detached) passed through the domain's {@link ImagePool}, scored by the configured loss on the patch
 * logits (each loss averages over patches and samples), repeated {@code training.d_steps} times. A
 * configured gradient penalty sees the discriminator as one logit per image, the mean of its patch map.
 * Its terms are the loss's {@code d_*} terms renamed to the phase, e.g. {@code da_real, da_fake,
 * da_penalty, da_loss}.
 */
final class PoolDiscriminatorPhase implements UpdatePhase {
  private final String name;
  private final CycleGan models;
  private final String discriminator;
  private final String generator;
  private final ImagePool pool;
  private final boolean domainA;
  private final BuildContext context;

  /**
   * Describes the phase.
   *
   * @param name phase name and term prefix ({@code da} or {@code db})
   * @param models the networks
   * @param discriminator the discriminator this phase updates
   * @param generator the generator whose fakes it sees
   * @param pool the pool those fakes pass through
   * @param domainA whether the discriminator judges domain A (real = the phase's inputs, fakes made
   *     from its targets) rather than domain B (real = targets, fakes made from inputs)
   * @param context loss, penalty and config
   */
  PoolDiscriminatorPhase(String name, CycleGan models, String discriminator, String generator,
      ImagePool pool, boolean domainA, BuildContext context) {
    this.name = name;
    this.models = models;
    this.discriminator = discriminator;
    this.generator = generator;
    this.pool = pool;
    this.domainA = domainA;
    this.context = context;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> updates() {
    return List.of(discriminator);
  }

  @Override
  public LearningRate learningRate() {
    return LearningRate.DISCRIMINATOR;
  }

  @Override
  public int repeats() {
    return context.config().training().dSteps();
  }

  @Override
  public List<String> termNames() {
    List<String> terms = context.penalty() == null
        ? List.of(LossTerms.D_REAL, LossTerms.D_FAKE, LossTerms.D_LOSS)
        : List.of(LossTerms.D_REAL, LossTerms.D_FAKE, LossTerms.D_PENALTY, LossTerms.D_LOSS);
    return terms.stream().map(this::renamed).toList();
  }

  @Override
  public LossTerms loss(PhaseContext phase) {
    NDArray real = domainA ? phase.input() : phase.real();
    NDArray source = domainA ? phase.real() : phase.input();
    NDArray fake = pool.query(models.run(generator, source, false).stopGradient(), phase.random());
    LossTerms terms = context.loss().discriminator(discriminate(real), discriminate(fake));
    GradientPenalty penalty = context.penalty();
    if (penalty != null) {
      NDArray raw = penalty.compute(new PenaltyInput(this::imageLogits, real, fake, phase.random()));
      terms = Losses.withPenalty(terms, raw,
          context.config().loss().penalty().weight());
    }
    return renamed(terms);
  }

  private NDArray discriminate(NDArray images) {
    return models.run(discriminator, images, true);
  }

  /** One logit per image {@code [B]}: the mean of the patch map. */
  private NDArray imageLogits(NDArray images) {
    NDArray patches = discriminate(images);
    return patches.reshape(patches.getShape().get(0), -1).mean(new int[] {1});
  }

  private LossTerms renamed(LossTerms terms) {
    Map<String, NDArray> renamed = new LinkedHashMap<>();
    terms.terms().forEach((term, value) -> renamed.put(renamed(term), value));
    return new LossTerms(renamed, renamed(terms.totalName()));
  }

  /** {@code d_real} → {@code da_real}. */
  private String renamed(String term) {
    return name + term.substring(1);
  }
}
