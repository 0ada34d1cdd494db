package org.ganlab.experiments.sweep.slurm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ganlab.core.engine.IsaLevel;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.experiments.sweep.PlanWriter;
import org.ganlab.experiments.sweep.PlannedRun;
import org.ganlab.experiments.sweep.SweepPlan;

/**
 * Submits the runs of a planned sweep that still need training as SLURM job arrays: writes the sweep's
 * {@code sweep.yaml} and {@code plan.json} (the tasks plan the sweep again from them), the manifest of
 * the runs, the batch script and the log folder, then one {@code sbatch --array} per
 * {@link ArrayChunk}, and records each array in {@code slurm/jobs.tsv}.
 */
public final class SlurmSubmission {
  /** The hidden command each task runs. */
  public static final String TASK_COMMAND = "sweep-task";

  private final SweepPlan plan;
  private final SlurmOptions options;
  private final List<String> java;

  /**
   * Prepares a submission.
   *
   * @param plan the sweep's plan
   * @param options what to ask SLURM for
   * @param java the command that starts the CLI's main class (see
   *     {@link org.ganlab.experiments.sweep.JavaCommand}); it must work on the cluster's nodes
   */
  public SlurmSubmission(SweepPlan plan, SlurmOptions options, List<String> java) {
    this.plan = plan;
    this.options = options;
    this.java = List.copyOf(java);
  }

  /**
   * Picks the runs to submit: those neither finished (done or diverged) nor queued or running in SLURM.
   *
   * @param status how the sweep's runs stand
   * @return the runs in plan order
   */
  public List<PlannedRun> runsToSubmit(SweepStatus status) {
    Set<String> skip = status.runs().stream()
        .filter(r -> r.inQueue() || r.state().equals("done") || r.state().equals("diverged"))
        .map(RunStatus::runId).collect(Collectors.toSet());
    return plan.runs().stream().filter(run -> !skip.contains(run.id())).toList();
  }

  /**
   * Returns the CPUs each task asks for.
   *
   * @param runs the runs to submit
   * @return {@code --cpus-per-task} if given, else the largest {@code runtime.threads} of the runs
   */
  public int cpusPerTask(List<PlannedRun> runs) {
    return options.cpusPerTask() != null ? options.cpusPerTask() : threads(runs);
  }

  /**
   * Returns the largest thread count of some runs.
   *
   * @param runs the runs
   * @return their largest {@code runtime.threads}, at least 1
   */
  public static int threads(List<PlannedRun> runs) {
    return runs.stream().mapToInt(run -> run.config().runtime().threads()).max().orElse(1);
  }

  /**
   * Renders the batch script for some runs.
   *
   * @param runs the runs, in task order
   * @return the script, reading the runs' manifest
   */
  public SlurmScript script(List<PlannedRun> runs) {
    SlurmFiles files = new SlurmFiles(plan.layout());
    Path manifest = files.folder().resolve(SlurmManifest.of(runs).fileName());
    List<String> task = new ArrayList<>(java);
    task.addAll(List.of(TASK_COMMAND, plan.layout().root().toAbsolutePath().toString(), "--manifest",
        manifest.toString()));
    Set<IsaLevel> levels = runs.stream().map(run -> run.config().runtime().isaLevel())
        .collect(Collectors.toSet());
    Map<String, String> isa = levels.size() == 1 ? levels.iterator().next().environment() : Map.of();
    return new SlurmScript("ganlab-" + plan.layout().root().getFileName(), files.logs(),
        cpusPerTask(runs), options, isa, task);
  }

  /**
   * Writes the files and submits the arrays.
   *
   * @param runs the runs to train, at least one
   * @param cluster SLURM's commands
   * @return the job ids of the arrays, in manifest order
   * @throws IllegalStateException when sbatch refuses an array (arrays submitted before stay queued)
   */
  public List<String> submit(List<PlannedRun> runs, SlurmCluster cluster) {
    SlurmFiles files = new SlurmFiles(plan.layout());
    PlanWriter.write(plan);
    SlurmManifest.of(runs).writeInto(files.folder());
    AtomicFiles.writeString(files.script(), script(runs).text());
    try {
      Files.createDirectories(files.logs());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + files.logs(), e);
    }
    List<String> jobIds = new ArrayList<>();
    String manifest = SlurmManifest.of(runs).fileName();
    for (ArrayChunk chunk : ArrayChunk.split(runs.size(), cluster.maxArraySize())) {
      String jobId = cluster.submit(files.script(), chunk, options.arrayParallelism());
      files.submissions().append(new Submissions.Submission(jobId, chunk, manifest));
      jobIds.add(jobId);
    }
    return jobIds;
  }
}
