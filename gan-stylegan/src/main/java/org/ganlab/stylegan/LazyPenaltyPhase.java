package org.ganlab.stylegan;

import ai.djl.ndarray.NDArray;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ganlab.core.loss.GradientPenalty;
import org.ganlab.core.loss.LossTerms;
import org.ganlab.core.loss.PenaltyInput;
import org.ganlab.core.engine.NativeArrays;
import org.ganlab.core.train.Contest;
import org.ganlab.core.train.GanModels;
import org.ganlab.core.train.PhaseContext;
import org.ganlab.core.train.UpdatePhase;

/**
 * StyleGAN2's lazy regularisation of the discriminator (Karras et al. 2020, §3.1): a separate pass,
 * named {@code dr}, every k-th step (the last of every k: steps k − 1, 2k − 1, …, so that the rows
 * {@code metrics.csv} logs after every {@code training.log_every} steps show its terms every lcm(k,
 * log_every) steps) that steps the discriminator's optimizer on the configured penalty
 * ({@code loss.penalty}, R1 in the paper) alone, scaled by k so that it weighs as much per step as the
 * eager penalty. It shares the optimizer {@code d} with the main discriminator
 * pass, both at the adjusted learning rate and betas of ratio c = k/(k + 1).
 *
 * <p>Terms: {@code dr_penalty} = weight × penalty (what an eager pass would add) and {@code dr_loss}
 * = k × {@code dr_penalty}, the total back-propagated.
 */
final class LazyPenaltyPhase implements UpdatePhase {
  /** The phase's name. */
  static final String NAME = "dr";
  /** The weighted penalty term. */
  static final String PENALTY = "dr_penalty";
  /** The total, interval × penalty. */
  static final String LOSS = "dr_loss";

  private final GradientPenalty penalty;
  private final double weight;
  private final int interval;
  private final Function<PhaseContext, Contest> contest;

  /**
   * Describes the phase.
   *
   * @param penalty the configured penalty
   * @param weight {@code loss.penalty.weight}
   * @param interval k ≥ 1
   * @param contest the real and fake samples a repetition penalises at
   */
  LazyPenaltyPhase(GradientPenalty penalty, double weight, int interval,
      Function<PhaseContext, Contest> contest) {
    this.penalty = penalty;
    this.weight = weight;
    this.interval = interval;
    this.contest = contest;
  }

  /**
   * Returns the lazy-regularisation ratio of k.
   *
   * @param interval k
   * @return k/(k + 1)
   */
  static double ratio(int interval) {
    return interval / (interval + 1.0);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String optimizer() {
    return "d";
  }

  @Override
  public List<String> updates() {
    return List.of(GanModels.DISCRIMINATOR);
  }

  @Override
  public LearningRate learningRate() {
    return LearningRate.DISCRIMINATOR;
  }

  @Override
  public int repeats() {
    return 1;
  }

  @Override
  public double lazyRatio() {
    return ratio(interval);
  }

  @Override
  public boolean activeAt(long step) {
    return (step + 1) % interval == 0;
  }

  @Override
  public List<String> termNames() {
    return List.of(PENALTY, LOSS);
  }

  @Override
  public LossTerms loss(PhaseContext phase) {
    Contest judged = contest.apply(phase);
    NDArray raw = penalty.compute(
        new PenaltyInput(judged.penaltyScore(), judged.real(), judged.fake(), phase.random()));
    NDArray weighted = raw.mul(NativeArrays.scalar(raw, (float) weight));
    Map<String, NDArray> terms = new LinkedHashMap<>();
    terms.put(PENALTY, weighted);
    terms.put(LOSS, weighted.mul(NativeArrays.scalar(raw, interval)));
    return new LossTerms(terms, LOSS);
  }
}
