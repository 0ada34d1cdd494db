package org.ganlab.core.train;

import java.util.List;
import org.ganlab.core.loss.LossTerms;

/**
 * An update phase that answers every question as the phase it wraps does; a variant extends it to change
 * only what differs (a name, a ratio, its terms' names).
 */
public abstract class ForwardingPhase implements UpdatePhase {
  private final UpdatePhase phase;

  /**
   * Wraps a phase.
   *
   * @param phase the phase answered for
   */
  protected ForwardingPhase(UpdatePhase phase) {
    this.phase = phase;
  }

  /**
   * Returns the wrapped phase.
   *
   * @return the phase answered for
   */
  protected UpdatePhase wrapped() {
    return phase;
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
    return phase.lazyRatio();
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
