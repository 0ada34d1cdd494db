package org.ganlab.experiments.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ganlab.core.io.Checkpoint;
import org.ganlab.core.io.RunDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a sweep does with a run directory in each state a killed or finished run can leave. */
class RunActionTest {
  private static final long STEPS = 100;

  @TempDir Path dir;

  private RunDirectory run(String status, boolean checkpoint, long lastLoggedStep) throws Exception {
    RunDirectory run = new RunDirectory(dir.resolve("run"));
    Files.createDirectories(run.root().resolve("checkpoints"));
    if (status != null) {
      Files.writeString(run.provenance(), "{\"status\": \"" + status + "\", \"reason\": \"why\"}");
    }
    if (checkpoint) {
      new Checkpoint(lastLoggedStep, "abc", Map.of(), Map.of()).write(run.latestCheckpoint());
    }
    Files.writeString(run.metrics(), "step,d_loss\n10,0.5\n" + lastLoggedStep + ",0.25\n");
    return run;
  }

  private static RunAction action(RunDirectory run) {
    return RunAction.decide(RunInspector.inspect(run), run);
  }

  @Test
  void finishedRunsAreSkippedAndKeepTheirReason() throws Exception {
    RunDirectory diverged = run("diverged", true, 40);

    assertThat(RunInspector.inspect(diverged)).isEqualTo(new RunRecord(RunState.DIVERGED, "why"));
    assertThat(action(diverged)).isEqualTo(RunAction.SKIP);
    assertThat(action(run("done", true, 100))).isEqualTo(RunAction.SKIP);
  }

  @Test
  void anInterruptedRunWithACheckpointResumes() throws Exception {
    RunDirectory killed = run("running", true, 40);

    assertThat(RunInspector.inspect(killed).state()).isEqualTo(RunState.PARTIAL);
    assertThat(action(killed)).isEqualTo(RunAction.RESUME);
  }

  @Test
  void aRunKilledBeforeItsFirstCheckpointStartsOver() throws Exception {
    RunDirectory killed = run("running", false, 10);

    assertThat(RunInspector.inspect(killed).state()).isEqualTo(RunState.NEW);
    assertThat(action(killed)).isEqualTo(RunAction.FRESH);
    assertThat(RunInspector.inspect(new RunDirectory(dir.resolve("absent"))).state())
        .isEqualTo(RunState.NEW);
  }

  @Test
  void aCheckpointThatDoesNotMatchItsChecksumCountsAsNone() throws Exception {
    RunDirectory torn = run("running", true, 40);
    Files.writeString(torn.latestCheckpoint(), "a checkpoint cut short by a disk error");

    assertThat(RunInspector.inspect(torn).state()).isEqualTo(RunState.NEW);
    assertThat(action(torn)).isEqualTo(RunAction.FRESH);
  }

  @Test
  void aRunKilledAfterItsLastCheckpointResumesToWriteItsSummary() throws Exception {
    assertThat(action(run("running", true, STEPS))).isEqualTo(RunAction.RESUME);
  }

  @Test
  void aFailedRunResumesFromItsCheckpointOrStartsOver() throws Exception {
    assertThat(RunInspector.inspect(run("failed", true, 40)))
        .isEqualTo(new RunRecord(RunState.FAILED, "why"));
    assertThat(action(run("failed", true, 40))).isEqualTo(RunAction.RESUME);
    Files.delete(dir.resolve("run/checkpoints/latest.ckpt"));
    assertThat(action(run("failed", false, 40))).isEqualTo(RunAction.FRESH);
  }
}
