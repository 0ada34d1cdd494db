package org.ganlab.experiments.sweep.slurm;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The batch script of a sweep's job array. Each task trains manifest entry
 * {@code SLURM_ARRAY_TASK_ID + OFFSET} (the script's first argument) with the hidden {@code sweep-task}
 * command, which resumes the run from its checkpoint if it has one. The task runs in the background of
 * the batch shell, which stays to handle signals: SLURM's {@code --signal=B:USR2@120} reaches the batch
 * shell only (the JVM keeps SIGUSR2 for itself), so the shell passes it on as SIGTERM, the run stops
 * after its step in progress with a checkpoint, and the shell requeues its own task
 * ({@code scontrol requeue JOB_TASK}). SIGTERM (scancel, an outside requeue, the time limit) reaches every
 * process of the job and leaves a checkpoint too; the shell waits for the task to write it.
 *
 * @param jobName the job's name
 * @param logs the folder of the tasks' logs ({@code %A_%a.log}: array job id, task id)
 * @param cpusPerTask {@code --cpus-per-task}
 * @param options the user's options
 * @param isaSwitches the instruction-set variables to export, as the launcher does; empty for none
 * @param taskCommand the command that trains one entry, without its {@code --index}
 */
public record SlurmScript(String jobName, Path logs, int cpusPerTask, SlurmOptions options,
    Map<String, String> isaSwitches, List<String> taskCommand) {
  /** Seconds before the time limit at which SLURM sends SIGUSR2. */
  public static final int SIGNAL_SECONDS = 120;

  /** Copies the collections. */
  public SlurmScript {
    isaSwitches = Map.copyOf(isaSwitches);
    taskCommand = List.copyOf(taskCommand);
  }

  /**
   * Renders the script.
   *
   * @return the text of {@code job.sbatch}
   */
  public String text() {
    StringBuilder s = new StringBuilder("#!/bin/bash\n");
    sbatch(s, "--job-name=" + jobName);
    sbatch(s, "--output=" + logs.resolve("%A_%a.log"));
    sbatch(s, "--open-mode=append");
    sbatch(s, "--cpus-per-task=" + cpusPerTask);
    sbatch(s, "--signal=B:USR2@" + SIGNAL_SECONDS);
    sbatch(s, "--requeue");
    if (options.partition() != null) {
      sbatch(s, "--partition=" + options.partition());
    }
    if (options.time() != null) {
      sbatch(s, "--time=" + options.time());
    }
    if (options.mem() != null) {
      sbatch(s, "--mem=" + options.mem());
    }
    options.sbatchArgs().forEach(arg -> sbatch(s, arg));
    s.append("# One task of a ganlab sweep, written by 'ganlab sweep --executor slurm' and submitted\n")
        .append("# as 'sbatch --array=0-N job.sbatch OFFSET': it trains manifest entry\n")
        .append("# SLURM_ARRAY_TASK_ID + OFFSET, resuming from the run's checkpoint. On SIGUSR2 (time\n")
        .append("# limit or preemption) the run stops after its step in progress with a checkpoint\n")
        .append("# and the task requeues itself.\n")
        .append("set -u\n")
        .append("index=$(( SLURM_ARRAY_TASK_ID + ${1:-0} ))\n");
    if (!isaSwitches.isEmpty()) {
      s.append("export ").append(isaSwitches.entrySet().stream().sorted(Map.Entry.comparingByKey())
          .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "))).append('\n');
    }
    s.append("task=\nrequeue=0\n")
        .append("trap 'requeue=1; kill -TERM \"$task\" 2>/dev/null' USR2\n")
        .append("trap 'kill -TERM \"$task\" 2>/dev/null' TERM\n")
        .append(taskCommand.stream().map(SlurmScript::quote).collect(Collectors.joining(" ")))
        .append(" --index \"$index\" &\n")
        .append("task=$!\n")
        .append("status=0\n")
        .append("wait \"$task\" || status=$?\n")
        .append("while kill -0 \"$task\" 2>/dev/null; do\n")
        .append("  status=0\n")
        .append("  wait \"$task\" || status=$?\n")
        .append("done\n")
        .append("if [ \"$requeue\" = 1 ] && [ \"$status\" != 0 ]; then\n")
        .append("  echo \"ganlab: requeueing ${SLURM_ARRAY_JOB_ID}_${SLURM_ARRAY_TASK_ID} to continue")
        .append(" from its checkpoint\" >&2\n")
        .append("  scontrol requeue \"${SLURM_ARRAY_JOB_ID}_${SLURM_ARRAY_TASK_ID}\"\n")
        .append("fi\n")
        .append("exit \"$status\"\n");
    return s.toString();
  }

  private static void sbatch(StringBuilder s, String option) {
    s.append("#SBATCH ").append(option).append('\n');
  }

  /**
   * Quotes a word for the shell.
   *
   * @param word any text
   * @return the word in single quotes, each single quote in it written as {@code '\''}
   */
  static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
