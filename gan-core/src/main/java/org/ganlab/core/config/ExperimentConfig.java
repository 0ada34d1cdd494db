package org.ganlab.core.config;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The whole, resolved description of one training run: every section with its defaults filled in. Two
 * runs with equal {@code ExperimentConfig}s compute the same numbers (on the same engine and thread
 * count, which {@link RuntimeConfig} records).
 *
 * @param name human-readable experiment name, used for the run directory
 * @param seed the run seed every random draw derives from
 * @param data where training samples come from
 * @param model the variant and its architecture
 * @param loss adversarial loss and optional penalty
 * @param training optimisation schedule
 * @param eval what is measured, how often
 * @param runtime thread count and device, part of what a run is
 */
@JsonPropertyOrder({"name", "seed", "data", "model", "loss", "training", "eval", "runtime"})
public record ExperimentConfig(
    String name,
    long seed,
    DataConfig data,
    ModelConfig model,
    LossConfig loss,
    TrainingConfig training,
    EvalConfig eval,
    RuntimeConfig runtime) {

  /** Checks the top-level fields and that no section is missing. */
  public ExperimentConfig {
    Checks checks = new Checks();
    checkNameAndSeed(checks, name, seed);
    requireSection(checks, "data", data);
    requireSection(checks, "model", model);
    requireSection(checks, "loss", loss);
    requireSection(checks, "training", training);
    requireSection(checks, "eval", eval);
    requireSection(checks, "runtime", runtime);
    checks.done();
  }

  /**
   * Checks the two top-level values, also for a config whose sections did not all bind.
   *
   * @param checks where failures are recorded
   * @param name the run name
   * @param seed the master seed
   */
  static void checkNameAndSeed(Checks checks, String name, long seed) {
    checks.nonBlank("name", name);
    checks.atLeast("seed", seed, 0);
  }

  private static void requireSection(Checks checks, String field, Object section) {
    checks.require(section != null, field, "must be present", "null");
  }
}
