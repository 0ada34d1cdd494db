package org.ganlab.experiments.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.config.ConfigJson;
import org.ganlab.experiments.sweep.JavaCommand;
import org.ganlab.experiments.sweep.PlannedRun;
import org.ganlab.experiments.sweep.SweepLayout;
import org.ganlab.experiments.sweep.SweepLock;
import org.ganlab.experiments.sweep.SweepPlan;
import org.ganlab.experiments.sweep.slurm.SlurmCluster;
import org.ganlab.experiments.sweep.slurm.SlurmFiles;
import org.ganlab.experiments.sweep.slurm.SlurmOptions;
import org.ganlab.experiments.sweep.slurm.SlurmSubmission;
import org.ganlab.experiments.sweep.slurm.SweepStatus;

/**
 * What {@code ganlab sweep --executor slurm} and {@code ganlab sweep --status} do once their input is
 * checked: submit the runs that still need training as a job array, or show how every run stands.
 */
final class SlurmExecutor {
  private final SlurmCluster cluster;
  private final PrintWriter out;
  private final PrintWriter err;

  /**
   * Creates the executor.
   *
   * @param cluster SLURM's commands
   * @param out receives the script (dry run), the job ids and the status table
   * @param err receives notes and warnings
   */
  SlurmExecutor(SlurmCluster cluster, PrintWriter out, PrintWriter err) {
    this.cluster = cluster;
    this.out = out;
    this.err = err;
  }

  /**
   * Submits a sweep's unfinished runs that SLURM does not already have, or prints the script.
   *
   * @param plan the checked plan
   * @param options what to ask SLURM for
   * @param dryRun print the batch script only; write and submit nothing
   * @return 0
   */
  int submit(SweepPlan plan, SlurmOptions options, boolean dryRun) {
    SweepStatus status = SweepStatus.read(plan.layout(), ids(plan), cluster);
    SlurmSubmission submission =
        new SlurmSubmission(plan, options, JavaCommand.of(GanlabCli.class.getName()));
    List<PlannedRun> runs = submission.runsToSubmit(status);
    int skipped = plan.runs().size() - runs.size();
    if (runs.isEmpty()) {
      err.println("note: nothing to submit: all " + plan.runs().size() + " runs are done, diverged, queued"
          + " or running (see ganlab sweep --status " + plan.layout().root() + ")");
      err.flush();
      return 0;
    }
    int threads = SlurmSubmission.threads(runs);
    if (submission.cpusPerTask(runs) < threads) {
      err.println("warning: --cpus-per-task " + submission.cpusPerTask(runs) + " is less than"
          + " runtime.threads " + threads + "; the runs' threads will share cores (slower, same numbers)");
    }
    if (dryRun) {
      err.println("note: " + runs.size() + " of " + plan.runs().size() + " runs would be submitted"
          + (skipped > 0 ? " (" + skipped + " done, diverged, queued or running)" : ""));
      err.flush();
      out.print(submission.script(runs).text());
      out.flush();
      return 0;
    }
    List<String> jobIds;
    try (SweepLock lock = SweepLock.acquire(plan.layout())) {
      jobIds = submission.submit(runs, cluster);
    }
    SlurmFiles files = new SlurmFiles(plan.layout());
    out.println("submitted " + runs.size() + " of " + plan.runs().size() + " runs to SLURM as job array "
        + String.join(", ", jobIds) + (skipped > 0 ? " (" + skipped + " done, diverged, queued or"
        + " running)" : ""));
    out.println("script: " + files.script());
    out.println("logs: " + files.logs().resolve("%A_%a.log"));
    out.println("follow it with: ganlab sweep --status " + plan.layout().root()
        + "; when every run is done: ganlab report " + plan.layout().root());
    out.flush();
    err.flush();
    return 0;
  }

  /**
   * Prints how every run of a sweep directory stands.
   *
   * @param sweepDirectory a sweep directory (holds {@code plan.json})
   * @return 0
   * @throws IllegalArgumentException when the directory holds no readable {@code plan.json}
   */
  int status(Path sweepDirectory) {
    SweepLayout layout = new SweepLayout(sweepDirectory);
    SweepStatus.read(layout, ids(layout), cluster).lines().forEach(out::println);
    out.flush();
    return 0;
  }

  private static List<String> ids(SweepPlan plan) {
    return plan.runs().stream().map(PlannedRun::id).toList();
  }

  private static List<String> ids(SweepLayout layout) {
    Path plan = layout.plan();
    if (!Files.isRegularFile(plan)) {
      throw new IllegalArgumentException(layout.root() + " is not a sweep directory: it has no plan.json");
    }
    JsonNode root;
    try {
      root = ConfigJson.json().readTree(plan.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + plan + ": " + e.getMessage());
    }
    List<String> ids = new ArrayList<>();
    root.path("runs").forEach(run -> ids.add(run.path("id").asText()));
    return ids;
  }
}
