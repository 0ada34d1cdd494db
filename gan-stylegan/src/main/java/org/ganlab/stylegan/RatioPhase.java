package org.ganlab.stylegan;

import java.util.List;
import org.ganlab.core.loss.LossTerms;
import org.ganlab.core.train.PhaseContext;
import org.ganlab.core.train.UpdatePhase;

/**
 * A phase as another one describes it, but with the lazy-regularisation ratio of the optimizer it
 * shares with a {@link LazyPenaltyPhase} (the main discriminator pass of a lazily regularised D).
 */
final class RatioPhase implements UpdatePhase {
  private final UpdatePhase phase;
  private final double ratio;

  /**
   * Wraps a phase.
   *
   * @param phase the phase
   * @param ratio c in (0, 1]
   */
  RatioPhase(UpdatePhase phase, double ratio) {
    this.phase = phase;
    this.ratio = ratio;
  }

  @Override
  public String name() {
    return phase.name();
  }

  @Override
  public String optimizer() {
    return phase.optimizer();
  }

  @Override
  public List<String> updates() {
    return phase.updates();
  }

  @Override
  public LearningRate learningRate() {
    return phase.learningRate();
  }

  @Override
  public int repeats() {
    return phase.repeats();
  }

  @Override
  public double lazyRatio() {
    return ratio;
  }

  @Override
  public boolean activeAt(long step) {
    return phase.activeAt(step);
  }

  @Override
  public List<String> termNames() {
    return phase.termNames();
  }

  @Override
  public LossTerms loss(PhaseContext context) {
    return phase.loss(context);
  }
}
