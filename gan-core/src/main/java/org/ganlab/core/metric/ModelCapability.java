package org.ganlab.core.metric;

/**
 * What a model can do beyond making samples, which some metrics need: a metric names the capabilities
 * it reads ({@link Metric#needs()}), a variant the ones its models have
 * ({@link org.ganlab.core.train.GanVariant#capabilities()}), and a run asking for a metric its variant
 * cannot feed is refused before it starts.
 */
public enum ModelCapability {
  /** Generates samples of requested classes (the conditional variant). */
  CLASS_CONDITIONAL("a conditional model (e.g. model.variant conditional), which generates samples of"
      + " requested classes"),
  /** Also translates from the target domain back to the input domain (CycleGAN's G_BA). */
  MAPS_BACK("a translation model that also maps back from the target domain (e.g. model.variant"
      + " cyclegan)");

  private final String description;

  ModelCapability(String description) {
    this.description = description;
  }

  /**
   * Returns what a model with this capability is, for error messages.
   *
   * @return e.g. "a conditional model (...)"
   */
  public String description() {
    return description;
  }
}
