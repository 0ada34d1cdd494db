package org.ganlab.stylegan;

import org.ganlab.core.train.ForwardingPhase;
import org.ganlab.core.train.UpdatePhase;

/**
 * A phase as another one describes it, but with the lazy-regularisation ratio of the optimizer it
 * shares with a {@link LazyPenaltyPhase} (the main discriminator pass of a lazily regularised D).
 */
final class RatioPhase extends ForwardingPhase {
  private final double ratio;

  /**
   * Wraps a phase.
   *
   * @param phase the phase
   * @param ratio c in (0, 1]
   */
  RatioPhase(UpdatePhase phase, double ratio) {
    super(phase);
    this.ratio = ratio;
  }

  @Override
  public double lazyRatio() {
    return ratio;
  }
}
