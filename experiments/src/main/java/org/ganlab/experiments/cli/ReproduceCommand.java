package org.ganlab.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ganlab.core.io.Provenance;
import org.ganlab.core.train.ProvenanceFactory;
import org.ganlab.core.train.VariantRegistry;
import org.ganlab.experiments.reproduce.EnvironmentDrift;
import org.ganlab.experiments.reproduce.IsaDrift;
import org.ganlab.experiments.reproduce.OriginalRun;
import org.ganlab.experiments.reproduce.Outcome;
import org.ganlab.experiments.reproduce.ReproductionReport;
import org.ganlab.experiments.reproduce.Retraining;
import org.ganlab.experiments.reproduce.WorkDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ganlab reproduce RUN_DIR}: trains a run again from scratch and checks its numbers are the same. */
@Command(name = "reproduce", mixinStandardHelpOptions = true,
    description = {
        "Train a run again from its config.yaml, from scratch, and compare the new numbers with the"
            + " recorded ones: every cell of metrics.csv up to the original's last logged step and the"
            + " final.json metrics, bit for bit (cells are parsed as doubles, so 1.0E-3 equals 0.001)."
            + " A run that diverged must diverge at the same step.",
        "Refuses a config.yaml edited after the run (its hash differs from provenance.json's), a run"
            + " whose runtime.isa this process or CPU cannot run, and a runtime.isa native run on a CPU"
            + " whose instruction-set flags (cpu_flags) differ. Warns first when this machine, build or"
            + " data differs from the recorded one (ganlab version, git commit, DJL, engine, Java, OS,"
            + " CPU, threads, data digests): results may then differ.",
        "Prints 'identical', or the first differing step and column with both values and how many"
            + " cells differ.",
        "Exit codes: 0 identical, 1 different (or training failed), 2 bad input."})
final class ReproduceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUN_DIR", description = "The run directory to reproduce.")
  Path runDir;

  @Option(names = "--work", paramLabel = "DIR",
      description = "Train the reproduction in DIR, which must be new or empty (default: a temporary"
          + " directory).")
  Path work;

  @Option(names = "--keep", description = "Keep the reproduction's directory instead of deleting it.")
  boolean keep;

  @Option(names = "--no-progress", description = "Do not draw the progress bar.")
  boolean noProgress;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    VariantRegistry variants = VariantRegistry.load();
    OriginalRun original = OriginalRun.open(runDir, variants);
    try (WorkDirectory directory = WorkDirectory.create(work, keep)) {
      PreparedRun run = PreparedRun.of(original.config(), variants, directory.run());
      Provenance current =
          ProvenanceFactory.current(original.config(), original.configSha256(), run.data());
      Optional<String> refusal = IsaDrift.refusal(original.provenance(), current);
      if (refusal.isPresent()) {
        err.println("error: " + refusal.get());
        return GanlabCli.BAD_INPUT;
      }
      for (String drift : EnvironmentDrift.between(original.provenance(), current)) {
        err.println("warning: " + drift + " (the numbers may differ)");
      }
      err.flush();
      Outcome outcome = Retraining.run(run::trainer, original.lastLoggedStep(),
          new ProgressListener(!noProgress, err));
      ReproductionReport report = ReproductionReport.compare(original, directory.run(), outcome);
      report.lines().forEach(out::println);
      if (keep) {
        out.println("reproduction kept in " + directory.run().root());
      }
      return report.identical() ? 0 : 1;
    }
  }
}
