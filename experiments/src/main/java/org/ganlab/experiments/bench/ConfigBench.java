package org.ganlab.experiments.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.train.VariantRegistry;

/**
 * Times the training step of any run config (an example, with overrides) through the real
 * {@link org.ganlab.core.train.Trainer}: {@code warmup + steps} steps with checkpoints off and one
 * evaluation without metrics at the end, so that only the step is measured. This is how sweeps that
 * compare families at equal training time set each family's steps.
 *
 * @param config the run config file (not a sweep file)
 * @param overrides {@code key.path=value} overrides, applied before the benchmark's own
 * @param warmup steps not timed
 * @param steps steps timed
 */
public record ConfigBench(Path config, List<String> overrides, int warmup, int steps) {

  /**
   * Loads the config, trains and measures.
   *
   * @return the measurement
   * @throws IOException when the scratch directory cannot be made
   * @throws org.ganlab.core.config.ConfigException when the config or an override is invalid
   */
  public Result run() throws IOException {
    VariantRegistry variants = VariantRegistry.load();
    int total = warmup + steps;
    List<String> all = new ArrayList<>(overrides);
    all.addAll(List.of("training.steps=" + total, "training.checkpoint_every=0",
        "eval.every=" + total, "eval.metrics=[]"));
    ExperimentConfig resolved = ConfigLoader.load(config, all, variants);
    StepTimer timer = TrainedSteps.time(resolved, variants.get(resolved.model().variant()), warmup);
    return new Result(resolved, this, timer.medianMillis(), timer.medianCpuMillis());
  }

  /**
   * The measurement.
   *
   * @param resolved the config that was trained
   * @param setup what was asked for
   * @param medianMillis median wall time of one step
   * @param medianCpuMillis median CPU time of the training thread in one step (steadier than wall
   *     time on a loaded machine; with several intra-op threads it counts the calling thread only)
   */
  public record Result(ExperimentConfig resolved, ConfigBench setup, double medianMillis,
      double medianCpuMillis) {

    /**
     * Returns the report printed by {@code ganlab bench config}.
     *
     * @return a few lines
     */
    public String describe() {
      return String.format(Locale.ROOT,
          "%s: %s on %s, batch %d, %d thread(s), runtime.isa %s%n"
              + "median %.1f ms/step over %d steps after %d warm-up"
              + " (training thread's CPU time %.1f ms/step)%n"
              + "%.3f steps/s",
          setup.config(), resolved.model().variant(), resolved.data().source(),
          resolved.training().batchSize(), resolved.runtime().threads(), DcganBench.isa(),
          medianMillis, setup.steps(), setup.warmup(), medianCpuMillis, 1000.0 / medianMillis);
    }
  }
}
