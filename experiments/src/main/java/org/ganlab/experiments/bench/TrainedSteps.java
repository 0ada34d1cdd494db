package org.ganlab.experiments.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganlab.core.config.ConfigWriter;
import org.ganlab.core.config.ExperimentConfig;
import org.ganlab.core.io.RunDirectory;
import org.ganlab.core.train.GanVariant;
import org.ganlab.core.train.Trainer;

/**
 * Trains a config's steps through the real {@link Trainer} in a scratch directory and times each step
 * after a warm-up: what the step benchmarks share.
 */
final class TrainedSteps {

  private TrainedSteps() {}

  /**
   * Trains every step of the config (its {@code training.steps}) and times the steps after the warm-up.
   *
   * @param config a resolved config whose steps are {@code warmup} plus the timed steps
   * @param variant the variant named by {@code model.variant}
   * @param warmup steps not timed
   * @return the timer holding the medians
   * @throws IOException when the scratch directory cannot be made
   */
  static StepTimer time(ExperimentConfig config, GanVariant variant, int warmup) throws IOException {
    Path scratch = Files.createTempDirectory("ganlab-bench");
    StepTimer timer = new StepTimer(warmup);
    new Trainer(config, ConfigWriter.sha256(config), variant, variant.openData(config), List.of(),
        new RunDirectory(scratch), timer).run(false);
    return timer;
  }
}
