package org.ganlab.experiments.sweep.slurm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ganlab.experiments.sweep.RunRecord;
import org.ganlab.experiments.sweep.RunState;
import org.junit.jupiter.api.Test;

/** How a run's directory and SLURM's view of its task combine into the state --status shows. */
class SweepStatusTest {
  private static final TaskState RUNNING = new TaskState("RUNNING", "", "");
  private static final TaskState PENDING = new TaskState("PENDING", "", "Resources");
  private static final TaskState TIMEOUT = new TaskState("TIMEOUT", "0:15", "");

  @Test
  void theRunDirectoryDecidesDoneDivergedAndFailed() {
    assertThat(SweepStatus.of("a", new RunRecord(RunState.DONE, ""), "9_0", null, TIMEOUT))
        .isEqualTo(new RunStatus("a", "done", "9_0", ""));
    assertThat(SweepStatus.of("a", new RunRecord(RunState.DIVERGED, "loss_d is NaN at step 40"), "9_0",
        null, null)).isEqualTo(new RunStatus("a", "diverged", "9_0", "loss_d is NaN at step 40"));
    assertThat(SweepStatus.of("a", new RunRecord(RunState.FAILED, "out of disk"), "9_0", null, null))
        .isEqualTo(new RunStatus("a", "failed", "9_0", "out of disk"));
  }

  @Test
  void theQueueSaysRunningOrPendingWithItsReason() {
    assertThat(SweepStatus.of("a", new RunRecord(RunState.PARTIAL, ""), "9_1", RUNNING, null))
        .isEqualTo(new RunStatus("a", "running", "9_1", "resumed from its checkpoint"));
    assertThat(SweepStatus.of("a", new RunRecord(RunState.NEW, ""), "9_1", PENDING, null))
        .isEqualTo(new RunStatus("a", "pending", "9_1", "Resources"));
    assertThat(SweepStatus.of("a", new RunRecord(RunState.FAILED, "x"), "9_1", PENDING, null).inQueue())
        .isTrue();
  }

  @Test
  void accountingExplainsATaskThatEndedWithoutAResult() {
    assertThat(SweepStatus.of("a", new RunRecord(RunState.PARTIAL, "stopped"), "9_2", null, TIMEOUT))
        .isEqualTo(new RunStatus("a", "failed", "9_2",
            "SLURM: TIMEOUT, exit 0:15; resubmit to continue from its checkpoint"));
    assertThat(SweepStatus.of("a", new RunRecord(RunState.PARTIAL, ""), "9_2", null, null).state())
        .isEqualTo("partial");
    assertThat(SweepStatus.of("a", new RunRecord(RunState.NEW, ""), "", null, null))
        .isEqualTo(new RunStatus("a", "new", "", "not submitted"));
  }

  @Test
  void theTableHasALinePerRunAndTheCounts() {
    SweepStatus status = new SweepStatus(List.of(new RunStatus("b3d1b5880511", "done", "12_0", ""),
        new RunStatus("e9aed1f54530", "pending", "12_1", "BeginTime")), true, false);

    assertThat(status.lines()).containsExactly(
        "run           state     task  detail",
        "b3d1b5880511  done      12_0",
        "e9aed1f54530  pending   12_1  BeginTime",
        "2 runs: 1 done, 1 pending; sacct not available (no accounting)");
  }
}
