package org.ganlab.experiments.bench;

import java.util.List;
import java.util.Locale;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.train.VariantRegistry;

/**
 * Times the vanilla MLP training step on ring8 (both phases, the configuration of
 * {@code examples/vanilla-ring8.yaml}: latent 2, Adam β = (0.5, 0.999)) through the real {@link org.ganlab.core.train.Trainer},
 * metrics logging included, and reports the median step time. A step this small is bound by per-call
 * overhead rather than arithmetic, which is what this benchmark watches.
 *
 * @param batch batch size
 * @param width hidden units per layer
 * @param depth hidden layers in each of G and D
 * @param loss {@code loss.type}
 * @param threads intra-op threads
 * @param warmup steps not timed
 * @param steps steps timed
 */
public record VanillaBench(int batch, int width, int depth, String loss, int threads, int warmup,
    int steps) {

  /**
   * Builds the config, trains {@code warmup + steps} steps and measures.
   *
   * @return the measurement
   * @throws java.io.IOException when the scratch directory cannot be made
   */
  public BenchResult run() throws java.io.IOException {
    VariantRegistry variants = VariantRegistry.load();
    int total = warmup + steps;
    ExperimentConfig config = ConfigLoader.load("name: bench-vanilla\n", "yaml", List.of(
        "model.variant=vanilla", "data.source=ring8", "model.latent_dim=2", "model.width=" + width,
        "model.depth=" + depth, "loss.type=" + loss, "training.batch_size=" + batch,
        "training.betas=[0.5, 0.999]", "training.steps=" + total, "training.checkpoint_every=0",
        "eval.every=" + total, "eval.samples=256", "eval.metrics=[modes]",
        "runtime.threads=" + threads, "runtime.isa=" + DcganBench.isa()), variants);
    StepTimer timer = TrainedSteps.time(config, variants.get("vanilla"), warmup);
    return new BenchResult(this, timer.medianMillis(), timer.medianCpuMillis());
  }

  /**
   * The measurement.
   *
   * @param setup what was measured
   * @param medianMillis median wall time of one step
   * @param medianCpuMillis median CPU time of the training thread in one step (steadier than wall
   *     time on a loaded machine)
   */
  public record BenchResult(VanillaBench setup, double medianMillis, double medianCpuMillis) {

    /**
     * Returns the report printed by {@code ganlab bench vanilla}.
     *
     * @return a few lines
     */
    public String describe() {
      return String.format(Locale.ROOT,
          "vanilla MLP training step on ring8, batch %d, width %d, depth %d, %s loss, %d thread(s),"
              + " runtime.isa %s%n"
              + "median %.2f ms/step over %d steps after %d warm-up"
              + " (training thread's CPU time %.2f ms/step)%n"
              + "%.1f steps/s",
          setup.batch(), setup.width(), setup.depth(), setup.loss(), setup.threads(),
          DcganBench.isa(), medianMillis, setup.steps(), setup.warmup(), medianCpuMillis,
          1000.0 / medianMillis);
    }
  }
}
