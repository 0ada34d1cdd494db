package org.ganlab.experiments.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ganlab.core.config.ConfigLoader;
import org.ganlab.core.io.RunDirectory;
import org.ganlab.core.train.RunStatus;
import org.ganlab.core.train.StopRequest;
import org.ganlab.core.train.TrainingResult;
import org.ganlab.core.train.VariantRegistry;
import org.ganlab.experiments.sweep.ParentWatch;
import org.ganlab.experiments.sweep.ProgressReporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ganlab sweep-worker RUN_DIR}, hidden: trains one run of a sweep in a JVM of its own, started by
 * {@code ganlab sweep}. It reads the run's {@code config.yaml}, checks its hash against the plan's and
 * prints progress lines on standard output. SIGTERM or SIGINT (which the sweep passes on), or its
 * standard input closing (the sweep is gone), stops it cleanly after the step in progress, with a
 * checkpoint of that step; later signals are ignored (a sweep that must end at once kills it).
 */
@Command(name = SweepWorkerCommand.NAME, hidden = true,
    description = "Internal: train one run of a sweep; started by ganlab sweep.")
final class SweepWorkerCommand implements Callable<Integer> {
  /** The command's name. */
  static final String NAME = "sweep-worker";
  /** Exit code of a worker stopped because its sweep died. */
  static final int SWEEP_GONE = 3;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN_DIR", description = "The run directory, holding config.yaml.")
  Path runDirectory;

  @Option(names = "--config-sha256", required = true, description = "The hash the sweep planned.")
  String configSha256;

  @Option(names = "--resume", description = "Continue from the latest checkpoint.")
  boolean resume;

  @Override
  public Integer call() {
    StopRequest stop = new StopRequest();
    try (StopSignals signals = StopSignals.ignoreRepeats(stop)) {
      ParentWatch.start(System.in, () -> stop.request("the end of its sweep"));
      TrainingResult result = train(stop);
      if (result.status() == RunStatus.STOPPED) {
        spec.commandLine().getErr().println("ganlab: " + result.reason());
        return signals.exitCode().orElse(SWEEP_GONE);
      }
      return result.status() == RunStatus.DONE ? 0 : 1;
    }
  }

  private TrainingResult train(StopRequest stop) {
    RunDirectory directory = new RunDirectory(runDirectory);
    VariantRegistry variants = VariantRegistry.load();
    PreparedRun run = PreparedRun.of(ConfigLoader.load(directory.config(), List.of(), variants),
        variants, directory);
    if (!run.configSha256().equals(configSha256)) {
      throw new IllegalArgumentException(directory.config() + " resolves to config " + run.configSha256()
          + ", the sweep planned " + configSha256);
    }
    return run.trainer(new ProgressReporter(spec.commandLine().getOut())).run(resume, stop);
  }
}
