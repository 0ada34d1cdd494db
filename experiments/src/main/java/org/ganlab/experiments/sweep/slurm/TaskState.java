package org.ganlab.experiments.sweep.slurm;

import java.util.Set;

/**
 * How SLURM sees one array task, from {@code squeue} or {@code sacct}.
 *
 * @param state SLURM's state name without detail, e.g. {@code PENDING}, {@code RUNNING},
 *     {@code TIMEOUT}, {@code CANCELLED}
 * @param exitCode {@code sacct}'s {@code EXIT:SIGNAL}; empty from {@code squeue}
 * @param reason SLURM's reason, e.g. {@code Resources} or {@code JobArrayTaskLimit}; empty for
 *     {@code None}
 */
public record TaskState(String state, String exitCode, String reason) {
  private static final Set<String> WAITING =
      Set.of("PENDING", "REQUEUED", "REQUEUE_HOLD", "REQUEUE_FED", "RESV_DEL_HOLD", "SUSPENDED");
  private static final Set<String> RUNNING =
      Set.of("RUNNING", "CONFIGURING", "COMPLETING", "STAGE_OUT", "SIGNALING", "RESIZING");
  private static final Set<String> ENDED_BADLY = Set.of("FAILED", "TIMEOUT", "OUT_OF_MEMORY",
      "NODE_FAIL", "CANCELLED", "PREEMPTED", "BOOT_FAIL", "DEADLINE", "REVOKED");

  /**
   * Tells whether the task waits to run.
   *
   * @return true for pending, requeued, held or suspended tasks
   */
  public boolean waiting() {
    return WAITING.contains(state);
  }

  /**
   * Tells whether the task is running.
   *
   * @return true while it runs or is being set up or cleaned up
   */
  public boolean running() {
    return RUNNING.contains(state);
  }

  /**
   * Tells whether SLURM ended the task without success.
   *
   * @return true for failed, timed out, out of memory, cancelled, preempted and the like
   */
  public boolean endedBadly() {
    return ENDED_BADLY.contains(state);
  }

  /**
   * Describes the task for {@code --status}.
   *
   * @return e.g. {@code TIMEOUT, exit 0:15} or {@code PENDING (Resources)}
   */
  public String describe() {
    return state + (exitCode.isEmpty() || exitCode.equals("0:0") ? "" : ", exit " + exitCode)
        + (reason.isEmpty() ? "" : " (" + reason + ")");
  }
}
