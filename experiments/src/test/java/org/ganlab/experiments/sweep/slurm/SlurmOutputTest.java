package org.ganlab.experiments.sweep.slurm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reading SLURM's output. The {@code scontrol} and {@code squeue} lines are as SLURM 22.05.8 printed them
 * under scripts/slurm-test (the range line {@code 1_[0-3%2]} is what squeue shows without {@code -r});
 * the {@code sacct} lines are in the form {@code sacct -n -P -X -o
 * JobID,State,ExitCode,Reason} prints (that cluster keeps no accounting).
 */
class SlurmOutputTest {

  @Test
  void maxArraySizeIsReadFromShowConfig() {
    String config = "Configuration data as of 2026-12-08T00:50:02\n"
        + "AccountingStorageBackupHost = (null)\n"
        + "MaxArraySize            = 1001\n"
        + "MaxBatchRequeue         = 5\n"
        + "SLURM_VERSION           = 22.05.8\n";

    assertThat(SlurmOutput.maxArraySize(config)).hasValue(1001);
    assertThat(SlurmOutput.maxArraySize("MaxJobCount = 10000\n")).isEmpty();
  }

  @Test
  void squeueLinesGiveEachTaskItsStateAndReason() {
    Map<String, TaskState> tasks = SlurmOutput.squeue(
        "1_1|RUNNING|None\n1_0|PENDING|BeginTime\n1_[2-3%2]|PENDING|JobArrayTaskLimit\n"
            + "squeue: error: garbage\n");

    assertThat(tasks).containsOnlyKeys("1_0", "1_1", "1_2", "1_3");
    assertThat(tasks.get("1_1").running()).isTrue();
    assertThat(tasks.get("1_0")).isEqualTo(new TaskState("PENDING", "", "BeginTime"));
    assertThat(tasks.get("1_3").waiting()).isTrue();
    assertThat(tasks.get("1_3").describe()).isEqualTo("PENDING (JobArrayTaskLimit)");
    assertThat(SlurmOutput.squeue("1_[0-3%2]|PENDING|None\n"))
        .containsOnlyKeys("1_0", "1_1", "1_2", "1_3")
        .allSatisfy((task, state) -> assertThat(state).isEqualTo(new TaskState("PENDING", "", "")));
  }

  @Test
  void sacctLinesGiveHowEachTaskEndedAndSkipSteps() {
    String sacct = """
        4711_0|COMPLETED|0:0|None
        4711_1|TIMEOUT|0:0|None
        4711_2|OUT_OF_MEMORY|0:125|None
        4711_3|CANCELLED by 1000|0:15|None
        4711_4|FAILED|1:0|NonZeroExitCode
        4711_5|RUNNING|0:0|None
        4711_[6-8,10%4]|PENDING|0:0|JobArrayTaskLimit
        4711_4.batch|FAILED|1:0|
        """;

    Map<String, TaskState> tasks = SlurmOutput.sacct(sacct);

    assertThat(tasks).containsOnlyKeys("4711_0", "4711_1", "4711_2", "4711_3", "4711_4", "4711_5",
        "4711_6", "4711_7", "4711_8", "4711_10");
    assertThat(tasks.get("4711_0").endedBadly()).isFalse();
    assertThat(tasks.get("4711_1").describe()).isEqualTo("TIMEOUT");
    assertThat(tasks.get("4711_2").describe()).isEqualTo("OUT_OF_MEMORY, exit 0:125");
    assertThat(tasks.get("4711_3")).isEqualTo(new TaskState("CANCELLED", "0:15", ""));
    assertThat(tasks.get("4711_4").describe()).isEqualTo("FAILED, exit 1:0 (NonZeroExitCode)");
    assertThat(tasks.values().stream().filter(TaskState::endedBadly)).hasSize(4);
    assertThat(tasks.get("4711_5").running()).isTrue();
    assertThat(tasks.get("4711_10").reason()).isEqualTo("JobArrayTaskLimit");
  }
}
