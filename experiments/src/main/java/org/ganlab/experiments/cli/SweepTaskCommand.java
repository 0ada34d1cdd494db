package org.ganlab.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ganlab.core.train.StopRequest;
import org.ganlab.core.train.VariantRegistry;
import org.ganlab.experiments.sweep.ChildJvmWorker;
import org.ganlab.experiments.sweep.LineProgress;
import org.ganlab.experiments.sweep.PlannedRun;
import org.ganlab.experiments.sweep.RunInspector;
import org.ganlab.experiments.sweep.RunRecord;
import org.ganlab.experiments.sweep.RunState;
import org.ganlab.experiments.sweep.SweepFile;
import org.ganlab.experiments.sweep.SweepLayout;
import org.ganlab.experiments.sweep.SweepLock;
import org.ganlab.experiments.sweep.SweepPlan;
import org.ganlab.experiments.sweep.SweepPlanner;
import org.ganlab.experiments.sweep.SweepRunner;
import org.ganlab.experiments.sweep.slurm.SlurmManifest;
import org.ganlab.experiments.sweep.slurm.SlurmSubmission;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ganlab sweep-task SWEEP_DIR --manifest FILE --index I}, hidden: one task of a SLURM job array
 * (see {@code ganlab sweep --executor slurm}). It plans the sweep again from the directory's
 * {@code sweep.yaml}, checks that manifest entry I still resolves to the config it names, and trains that
 * run exactly as a local sweep does: in a worker JVM of its own with the run's {@code runtime.threads}
 * and instruction-set switches, resuming from its checkpoint, skipping it when it is done or diverged.
 * SIGTERM stops the run after its step in progress with a checkpoint (exit 143). The task that finds
 * every run of the sweep finished writes the report, under the sweep's lock.
 */
@Command(name = SlurmSubmission.TASK_COMMAND, hidden = true,
    description = "Internal: train one run of a sweep submitted to SLURM; run by its batch script.")
final class SweepTaskCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SWEEP_DIR", description = "The sweep directory.")
  Path sweepDirectory;

  @Option(names = "--manifest", required = true, description = "The submission's manifest.")
  Path manifest;

  @Option(names = "--index", required = true, description = "The manifest entry to train.")
  int index;

  @Override
  public Integer call() throws InterruptedException {
    StopRequest stop = new StopRequest();
    ChildJvmWorker worker =
        new ChildJvmWorker(GanlabCli.class.getName(), List.of(SweepWorkerCommand.NAME), stop);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (StopSignals signals = StopSignals.ignoreRepeats(stop)) {
      SweepPlan plan = plan();
      PlannedRun run = run(plan, SlurmManifest.read(manifest).entry(index));
      RunRecord record = new SweepRunner(plan.layout(), worker, 1, new LineProgress(err, 1, 0), stop)
          .run(List.of(run)).get(run);
      if (stop.requested()) {
        err.println("ganlab: run " + run.id() + " stopped by " + stop.cause() + " with a checkpoint;"
            + " its task continues from there when it runs again");
        err.flush();
        return signals.exitCode().orElse(1);
      }
      writeReportIfLast(plan, out, err);
      return record.state() == RunState.DONE ? 0 : 1;
    }
  }

  private SweepPlan plan() {
    SweepLayout layout = new SweepLayout(sweepDirectory.toAbsolutePath().normalize());
    VariantRegistry variants = VariantRegistry.load();
    SweepPlan plan = new SweepPlanner(variants, new RunCheck(variants))
        .plan(SweepFile.read(layout.sweepFile()), layout.root().getParent());
    if (!plan.layout().root().equals(layout.root())) {
      throw new IllegalArgumentException(layout.sweepFile() + " names the sweep directory "
          + plan.layout().root() + ", not " + layout.root() + "; submit the sweep again from its file");
    }
    return plan;
  }

  private static PlannedRun run(SweepPlan plan, SlurmManifest.Entry entry) {
    PlannedRun run = plan.runs().stream().filter(r -> r.id().equals(entry.runId())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the sweep no longer has run " + entry.runId()
            + " of the manifest; submit the sweep again"));
    if (!run.configSha256().equals(entry.configSha256())) {
      throw new IllegalArgumentException("run " + run.id() + " now resolves to config "
          + run.configSha256() + ", the manifest says " + entry.configSha256()
          + " (another ganlab version?); submit the sweep again");
    }
    return run;
  }

  /** Writes the report when every run has finished, unless another task holds the sweep's lock. */
  private static void writeReportIfLast(SweepPlan plan, PrintWriter out, PrintWriter err) {
    boolean allFinished = plan.runs().stream()
        .allMatch(r -> RunInspector.inspect(r.directory()).state().finished());
    if (!allFinished) {
      return;
    }
    SweepLock lock;
    try {
      lock = SweepLock.acquire(plan.layout());
    } catch (IllegalArgumentException e) {
      err.println("note: every run has finished; another process holds the sweep's lock, so this task"
          + " leaves the report to it (or run ganlab report " + plan.layout().root() + ")");
      err.flush();
      return;
    }
    try (lock) {
      ReportCommand.writeAfterSweep(plan.layout().root(), out, err);
    }
  }
}
