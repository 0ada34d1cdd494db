package org.ganlab.core.train;

import java.util.List;
import java.util.function.Function;
import org.ganlab.core.loss.LossTerms;

/**
 * The generator phase every variant shares: named {@code g}, once per step at the generator's learning
 * rate, updating the given networks on a variant-defined loss.
 */
public final class GeneratorPhase implements UpdatePhase {
  private final List<String> networks;
  private final List<String> termNames;
  private final Function<PhaseContext, LossTerms> loss;

  /**
   * Describes the phase.
   *
   * @param networks the generators it updates
   * @param termNames the names of the terms {@code loss} reports, in order
   * @param loss the loss at a step, with its total among the terms
   */
  public GeneratorPhase(List<String> networks, List<String> termNames,
      Function<PhaseContext, LossTerms> loss) {
    this.networks = List.copyOf(networks);
    this.termNames = List.copyOf(termNames);
    this.loss = loss;
  }

  @Override
  public String name() {
    return "g";
  }

  @Override
  public List<String> updates() {
    return networks;
  }

  @Override
  public LearningRate learningRate() {
    return LearningRate.GENERATOR;
  }

  @Override
  public int repeats() {
    return 1;
  }

  @Override
  public List<String> termNames() {
    return termNames;
  }

  @Override
  public LossTerms loss(PhaseContext phase) {
    return loss.apply(phase);
  }
}
