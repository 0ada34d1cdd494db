package org.ganlab.experiments.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ganlab.core.train.RunStatus;
import org.ganlab.core.train.StopRequest;
import org.ganlab.core.train.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ganlab train CONFIG}: trains one run and writes its run directory. */
@Command(name = "train", mixinStandardHelpOptions = true,
    description = {
        "Train one run from a YAML/JSON config.",
        "The run goes to OUT/<name>/<run-id>, where run-id is a hash of the resolved config: the same"
            + " config always lands in the same directory. It holds config.yaml, provenance.json,"
            + " metrics.csv, final.json, samples/step-NNNNNN.png and checkpoints/.",
        "SIGTERM (timeout, kill), SIGINT (Ctrl-C) or SIGHUP (a closed terminal) stops the run after"
            + " the step in progress (and after the evaluation due at that step, if one is running):"
            + " metrics.csv and a checkpoint of that step are written, provenance.json records status"
            + " stopped, one line says where it stopped, and --resume continues to exactly the numbers"
            + " of an uninterrupted run. A second signal while stopping exits at once; --resume then"
            + " continues from the last checkpoint written.",
        "Exit codes: 0 done, 1 diverged or failed, 2 bad input, 143 stopped by SIGTERM, 130 by"
            + " SIGINT, 129 by SIGHUP."})
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CONFIG", description = "Config file (.yaml, .yml or .json).")
  Path config;

  @Option(names = {"-o", "--override"}, paramLabel = "KEY=VALUE",
      description = "Override a config key, e.g. -o training.steps=500 -o loss.type=hinge. Repeatable.")
  List<String> overrides = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "runs",
      description = "Parent directory of run directories (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--resume", description = "Continue an interrupted run from its latest checkpoint.")
  boolean resume;

  @Option(names = "--force", description = "Delete an existing run directory of this config and start over.")
  boolean force;

  @Option(names = "--no-progress", description = "Do not draw the progress bar.")
  boolean noProgress;

  @Override
  public Integer call() {
    StopRequest stop = new StopRequest();
    try (StopSignals signals = StopSignals.exitOnRepeat(stop, () -> { })) {
      return train(stop, signals);
    }
  }

  private int train(StopRequest stop, StopSignals signals) {
    PreparedRun run = PreparedRun.prepare(config, overrides, out);
    RunDirectoryPolicy.Decision decision = RunDirectoryPolicy.decide(run.directory(), resume, force);
    if (decision == RunDirectoryPolicy.Decision.ALREADY_DONE) {
      spec.commandLine().getOut().println("already finished: " + run.directory().root()
          + " (see its provenance.json; use --force to train it again)");
      return 0;
    }
    run.writeConfig();
    TrainingResult result = run.trainer(new ProgressListener(!noProgress, spec.commandLine().getErr()))
        .run(decision == RunDirectoryPolicy.Decision.RESUME, stop);
    if (result.status() == RunStatus.STOPPED) {
      spec.commandLine().getErr().println(Summary.stopped(run.directory().root(), result));
      return signals.exitCode().orElseThrow();
    }
    spec.commandLine().getOut().println(Summary.describe(run.directory().root(), result));
    return result.status() == RunStatus.DONE ? 0 : 1;
  }
}
