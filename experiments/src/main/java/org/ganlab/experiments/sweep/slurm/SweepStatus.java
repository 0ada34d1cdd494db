package org.ganlab.experiments.sweep.slurm;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.ganlab.experiments.sweep.RunInspector;
import org.ganlab.experiments.sweep.RunRecord;
import org.ganlab.experiments.sweep.RunState;
import org.ganlab.experiments.sweep.SweepLayout;

/**
 * Every run of a sweep as its directory shows it, completed by SLURM's view of the task that last had
 * it: the directory says done, diverged, failed or partial; {@code squeue} says pending or running;
 * {@code sacct} says why a task ended without a result (timeout, out of memory, cancelled...). Either
 * SLURM command may be missing (no accounting on the cluster, or not on a SLURM machine at all).
 *
 * @param runs each run, in plan order
 * @param queueRead whether {@code squeue} answered
 * @param accountingRead whether {@code sacct} answered
 */
public record SweepStatus(List<RunStatus> runs, boolean queueRead, boolean accountingRead) {

  /** Copies the list. */
  public SweepStatus {
    runs = List.copyOf(runs);
  }

  /**
   * Reads how every run stands.
   *
   * @param layout the sweep's files
   * @param runIds the runs of its plan
   * @param cluster SLURM's commands
   * @return the status
   */
  public static SweepStatus read(SweepLayout layout, List<String> runIds, SlurmCluster cluster) {
    Map<String, String> tasks = latestTasks(new SlurmFiles(layout));
    Set<String> jobIds = tasks.values().stream().map(task -> task.split("_")[0])
        .collect(Collectors.toCollection(TreeSet::new));
    Optional<Map<String, TaskState>> queue =
        jobIds.isEmpty() ? Optional.of(Map.of()) : cluster.queue(jobIds);
    Optional<Map<String, TaskState>> accounting = cluster.accounting(jobIds);
    List<RunStatus> runs = new ArrayList<>();
    for (String id : runIds) {
      String task = tasks.getOrDefault(id, "");
      runs.add(of(id, RunInspector.inspect(layout.run(id)), task,
          queue.map(q -> q.get(task)).orElse(null), accounting.map(a -> a.get(task)).orElse(null)));
    }
    return new SweepStatus(runs, queue.isPresent(), accounting.isPresent());
  }

  /**
   * Combines what a run's directory and SLURM say about it.
   *
   * @param runId the run's id
   * @param record what its directory says
   * @param task the task that last had it, or empty
   * @param queued the task's line in {@code squeue}, or null
   * @param accounted the task's record in {@code sacct}, or null
   * @return the run's status
   */
  static RunStatus of(String runId, RunRecord record, String task, TaskState queued, TaskState accounted) {
    if (record.state().finished()) {
      return new RunStatus(runId, record.state().label(), task, record.reason());
    }
    TaskState slurm = queued != null ? queued : accounted;
    if (slurm != null && slurm.running()) {
      return new RunStatus(runId, "running", task, record.state() == RunState.PARTIAL
          ? "resumed from its checkpoint" : "");
    }
    if (slurm != null && slurm.waiting()) {
      return new RunStatus(runId, "pending", task, slurm.reason());
    }
    if (record.state() == RunState.FAILED) {
      return new RunStatus(runId, "failed", task, record.reason());
    }
    if (accounted != null && accounted.endedBadly()) {
      return new RunStatus(runId, "failed", task, "SLURM: " + accounted.describe()
          + (record.state() == RunState.PARTIAL ? "; resubmit to continue from its checkpoint" : ""));
    }
    if (record.state() == RunState.PARTIAL) {
      return new RunStatus(runId, "partial", task, "stopped with a checkpoint; resubmit to continue");
    }
    return new RunStatus(runId, "new", task, task.isEmpty() ? "not submitted" : "");
  }

  /**
   * Renders the status for the terminal.
   *
   * @return a header, one line per run (id, state, task, detail) and a line of counts
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    int taskWidth = Math.max(4, runs.stream().mapToInt(r -> r.task().length()).max().orElse(0));
    String format = "%-12s  %-8s  %-" + taskWidth + "s  %s";
    lines.add(String.format(format, "run", "state", "task", "detail").stripTrailing());
    runs.forEach(r -> lines.add(String.format(format, r.runId(), r.state(),
        r.task().isEmpty() ? "-" : r.task(), r.detail()).stripTrailing()));
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String state : List.of("done", "diverged", "failed", "running", "pending", "partial", "new")) {
      long n = runs.stream().filter(r -> r.state().equals(state)).count();
      if (n > 0) {
        counts.put(state, n);
      }
    }
    lines.add(runs.size() + " runs: " + counts.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))
        + (queueRead ? "" : "; squeue not available")
        + (accountingRead ? "" : "; sacct not available (no accounting)"));
    return lines;
  }

  private static Map<String, String> latestTasks(SlurmFiles files) {
    Map<String, String> tasks = new HashMap<>();
    Map<String, SlurmManifest> manifests = new HashMap<>();
    for (Submissions.Submission submission : files.submissions().read()) {
      if (!Files.exists(files.folder().resolve(submission.manifest()))) {
        continue;
      }
      SlurmManifest manifest = manifests.computeIfAbsent(submission.manifest(),
          name -> SlurmManifest.read(files.folder().resolve(name)));
      ArrayChunk chunk = submission.chunk();
      for (int i = chunk.offset(); i < chunk.offset() + chunk.size(); i++) {
        int index = i;
        submission.task(index).ifPresent(task -> tasks.put(manifest.entry(index).runId(), task));
      }
    }
    return tasks;
  }
}
