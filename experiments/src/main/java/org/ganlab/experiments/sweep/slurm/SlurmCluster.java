package org.ganlab.experiments.sweep.slurm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The SLURM commands a sweep uses: the cluster's limits, submitting arrays, the queue and accounting. */
public final class SlurmCluster {
  /** SLURM's default {@code MaxArraySize}, assumed when {@code scontrol} does not say. */
  public static final int DEFAULT_MAX_ARRAY_SIZE = 1001;

  private final ClusterCommands commands;

  /**
   * Creates the cluster's client.
   *
   * @param commands runs SLURM's commands
   */
  public SlurmCluster(ClusterCommands commands) {
    this.commands = commands;
  }

  /**
   * Reads the cluster's {@code MaxArraySize} from {@code scontrol show config}.
   *
   * @return the size, or {@link #DEFAULT_MAX_ARRAY_SIZE} when {@code scontrol} cannot tell
   */
  public int maxArraySize() {
    try {
      ClusterCommands.Result result = commands.run(List.of("scontrol", "show", "config"));
      if (result.ok()) {
        return SlurmOutput.maxArraySize(result.stdout()).orElse(DEFAULT_MAX_ARRAY_SIZE);
      }
    } catch (IOException e) {
      // No scontrol here: sbatch will say what is wrong.
    }
    return DEFAULT_MAX_ARRAY_SIZE;
  }

  /**
   * Submits one job array of a script.
   *
   * @param script the batch script
   * @param chunk the tasks, passed the chunk's offset as the script's argument
   * @param parallelism most tasks running at once, or null
   * @return the array's job id
   * @throws IllegalStateException when sbatch cannot be run or refuses the job, with its message
   */
  public String submit(Path script, ArrayChunk chunk, Integer parallelism) {
    List<String> command = List.of("sbatch", "--parsable", "--array=" + chunk.arraySpec(parallelism),
        script.toString(), Integer.toString(chunk.offset()));
    ClusterCommands.Result result;
    try {
      result = commands.run(command);
    } catch (IOException e) {
      throw new IllegalStateException("cannot run sbatch (is SLURM installed on this machine?): "
          + e.getMessage(), e);
    }
    if (!result.ok()) {
      throw new IllegalStateException(String.join(" ", command) + " failed with exit code "
          + result.exitCode() + ": " + result.stderr().strip());
    }
    return result.stdout().strip().split(";")[0];
  }

  /**
   * Reads this user's queued tasks of some job arrays.
   *
   * @param jobIds the arrays' job ids
   * @return each queued task's state by {@code JOBID_TASKID}; empty when {@code squeue} cannot be run
   */
  public Optional<Map<String, TaskState>> queue(Set<String> jobIds) {
    List<String> command = new ArrayList<>(SlurmOutput.SQUEUE);
    command.addAll(List.of("-u", System.getProperty("user.name")));
    return output(command).map(text -> SlurmOutput.squeue(text).entrySet().stream()
        .filter(e -> jobIds.contains(e.getKey().split("_")[0]))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
  }

  /**
   * Reads the accounting records of some job arrays.
   *
   * @param jobIds the arrays' job ids
   * @return each task's last record by {@code JOBID_TASKID}; empty when {@code sacct} cannot be run or
   *     the cluster keeps no accounting
   */
  public Optional<Map<String, TaskState>> accounting(Set<String> jobIds) {
    if (jobIds.isEmpty()) {
      return Optional.of(Map.of());
    }
    List<String> command = new ArrayList<>(SlurmOutput.SACCT);
    command.addAll(List.of("-j", String.join(",", jobIds)));
    return output(command).map(SlurmOutput::sacct);
  }

  private Optional<String> output(List<String> command) {
    try {
      ClusterCommands.Result result = commands.run(command);
      return result.ok() ? Optional.of(result.stdout()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
