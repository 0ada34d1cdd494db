package org.ganlab.core.train;

import ai.djl.ndarray.NDArray;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongPredicate;
import org.ganlab.core.engine.CollectionPressure;
import org.ganlab.core.loss.GradientPenalty;
import org.ganlab.core.loss.LossTerms;
import org.ganlab.core.loss.Losses;
import org.ganlab.core.loss.PenaltyInput;

/**
 * The discriminator phase every variant shares: one network scored by the configured adversarial loss
 * on a {@link Contest} of real against detached fake samples, plus the configured gradient penalty
 * (weighted by {@code loss.penalty.weight}), at the discriminator's learning rate, repeated
 * {@code training.d_steps} times. Its terms are the loss's {@code d_*} terms with the phase name as
 * prefix: {@code d_real, d_fake, [d_penalty,] d_loss} for a phase named {@code d}, {@code da_real, ...}
 * for one named {@code da}.
 */
public final class DiscriminatorPhase implements UpdatePhase {
  private final String name;
  private final String network;
  private final BuildContext context;
  private final Function<PhaseContext, Contest> contest;
  private final LongPredicate active;

  /**
   * Describes a phase that runs at every step.
   *
   * @param name phase name and term prefix ({@code d}, or e.g. {@code da} when there are several)
   * @param network the discriminator this phase updates
   * @param context loss, penalty and config
   * @param contest what the discriminator judges at a repetition
   */
  public DiscriminatorPhase(String name, String network, BuildContext context,
      Function<PhaseContext, Contest> contest) {
    this(name, network, context, contest, step -> true);
  }

  /**
   * Describes a phase that runs only at some steps (see {@link UpdatePhase#activeAt}).
   *
   * @param name phase name and term prefix
   * @param network the discriminator this phase updates
   * @param context loss, penalty and config
   * @param contest what the discriminator judges at a repetition
   * @param active the steps at which the phase runs
   */
  public DiscriminatorPhase(String name, String network, BuildContext context,
      Function<PhaseContext, Contest> contest, LongPredicate active) {
    this.name = name;
    this.network = network;
    this.context = context;
    this.contest = contest;
    this.active = active;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<String> updates() {
    return List.of(network);
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
  public boolean activeAt(long step) {
    return active.test(step);
  }

  @Override
  public List<String> termNames() {
    List<String> terms = context.penalty() == null
        ? List.of(LossTerms.D_REAL, LossTerms.D_FAKE, LossTerms.D_LOSS)
        : List.of(LossTerms.D_REAL, LossTerms.D_FAKE, LossTerms.D_PENALTY, LossTerms.D_LOSS);
    return terms.stream().map(this::prefixed).toList();
  }

  @Override
  public LossTerms loss(PhaseContext phase) {
    Contest judged = contest.apply(phase);
    CollectionPressure.point("d-contest");
    LossTerms terms = context.loss().discriminator(
        judged.realScore().apply(judged.real()), judged.fakeScore().apply(judged.fake()));
    CollectionPressure.point("d-adversarial");
    GradientPenalty penalty = context.penalty();
    if (penalty != null) {
      NDArray raw = penalty.compute(new PenaltyInput(judged.penaltyScore(), judged.real(),
          judged.fake(), phase.random()));
      CollectionPressure.point("d-penalty");
      terms = Losses.withPenalty(terms, raw, context.config().loss().penalty().weight());
    }
    return prefixed(terms);
  }

  private LossTerms prefixed(LossTerms terms) {
    Map<String, NDArray> renamed = new LinkedHashMap<>();
    terms.terms().forEach((term, value) -> renamed.put(prefixed(term), value));
    return new LossTerms(renamed, prefixed(terms.totalName()));
  }

  /** {@code d_real} → {@code <name>_real}. */
  private String prefixed(String term) {
    return name + term.substring(1);
  }
}
