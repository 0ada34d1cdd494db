package org.ganlab.experiments.sweep.slurm;

/**
 * How one run of a SLURM sweep stands.
 *
 * @param runId the run's id
 * @param state {@code done}, {@code diverged}, {@code failed}, {@code running}, {@code pending},
 *     {@code partial} (stopped with a checkpoint, not queued) or {@code new} (never trained, not queued)
 * @param task the SLURM task that last had the run ({@code JOBID_TASKID}); empty if none
 * @param detail why it failed, diverged or waits; empty otherwise
 */
public record RunStatus(String runId, String state, String task, String detail) {

  /**
   * Tells whether SLURM has the run queued or running, so that it must not be submitted again.
   *
   * @return true for {@code pending} and {@code running}
   */
  public boolean inQueue() {
    return state.equals("pending") || state.equals("running");
  }
}
