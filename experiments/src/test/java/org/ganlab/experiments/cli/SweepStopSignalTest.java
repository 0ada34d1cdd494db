package org.ganlab.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ganlab.core.config.ConfigJson;
import org.ganlab.core.io.Checkpoint;
import org.ganlab.core.io.RunDirectory;
import org.ganlab.experiments.sweep.RunInspector;
import org.ganlab.experiments.sweep.RunState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM sent to a real {@code ganlab sweep} process (two runs, one at a time) while its first run
 * trains: the sweep passes it on, the run checkpoints the step it completed and is left partial, the
 * second run does not start, the sweep prints one line and exits 143 without a JVM crash report, and
 * {@code --resume} ends with the metrics.csv of an uninterrupted sweep, byte for byte.
 */
class SweepStopSignalTest {
  private static final int STEPS = 400;
  private static final String SWEEP = "name: stop-sweep\nmodel: {variant: vanilla, width: 16}\n"
      + "training: {steps: " + STEPS + ", batch_size: 32, log_every: 10, checkpoint_every: 0}\n"
      + "eval: {every: 100, samples: 50, metrics: [modes]}\nruntime: {threads: 1}\n"
      + "sweep:\n  seeds: [1, 2]\n";

  private static List<RunDirectory> runs(Path out) throws Exception {
    JsonNode plan = ConfigJson.json().readTree(out.resolve("stop-sweep/plan.json").toFile());
    List<RunDirectory> runs = new ArrayList<>();
    plan.get("runs").forEach(run -> runs.add(
        new RunDirectory(out.resolve("stop-sweep").resolve(run.get("directory").asText()))));
    return runs;
  }

  @Test
  void sigtermStopsTheRunningRunsAtTheirStepAndResumeEndsWithTheUninterruptedNumbers(@TempDir Path dir)
      throws Exception {
    Path file = Files.writeString(dir.resolve("sweep.yaml"), SWEEP);
    Path out = dir.resolve("stopped");
    try (CliProcess sweep = CliProcess.start(dir.resolve("work"), "sweep", file.toString(), "--out",
        out.toString(), "--jobs", "1", "--no-progress")) {
      awaitAMetricsLog(sweep, out.resolve("stop-sweep/runs"));
      sweep.process().destroy();

      assertThat(sweep.exitCode()).as(sweep.output()).isEqualTo(143);
      List<String> lines = sweep.output().lines().toList();
      assertThat(lines.get(lines.size() - 1)).isEqualTo("ganlab: sweep stop-sweep stopped by SIGTERM:"
          + " 2 runs: 1 new, 1 partial; continue with --resume");
      assertThat(sweep.crashReports()).isEmpty();
    }
    List<RunDirectory> stopped = runs(out);
    for (RunDirectory run : stopped) {
      Path log = out.resolve("stop-sweep/logs").resolve(run.root().getFileName() + ".log");
      String worker = Files.exists(log) ? Files.readString(log) : "";
      assertThat(worker).doesNotContain("SIGSEGV").doesNotContain("A fatal error");
      if (RunInspector.inspect(run).state() == RunState.PARTIAL) {
        assertStoppedAtItsCheckpoint(run, worker);
      }
    }
    assertThat(stopped).extracting(run -> RunInspector.inspect(run).state())
        .containsExactlyInAnyOrder(RunState.PARTIAL, RunState.NEW);

    CliRun resumed = CliRun.of("sweep", file.toString(), "--out", out.toString(), "--jobs", "2", "--resume",
        "--no-progress");
    CliRun whole = CliRun.of("sweep", file.toString(), "--out", dir.resolve("whole").toString(), "--jobs",
        "2", "--no-progress");

    assertThat(resumed.code()).as(resumed.err()).isEqualTo(0);
    assertThat(whole.code()).as(whole.err()).isEqualTo(0);
    List<RunDirectory> uninterrupted = runs(dir.resolve("whole"));
    for (int i = 0; i < uninterrupted.size(); i++) {
      assertThat(Files.readString(stopped.get(i).metrics())).as(stopped.get(i).root().toString())
          .isEqualTo(Files.readString(uninterrupted.get(i).metrics()));
    }
  }

  /** A stopped run: provenance says so, the checkpoint is intact, at the step the worker's line names. */
  private static void assertStoppedAtItsCheckpoint(RunDirectory run, String log) throws Exception {
    assertThat(ConfigJson.json().readTree(run.provenance().toFile()).get("status").asText())
        .isEqualTo("stopped");
    long step;
    try (NDManager manager = NDManager.newBaseManager()) {
      step = Checkpoint.read(run.latestCheckpoint(), manager).step();
    }
    assertThat(step).isBetween(100L, STEPS - 1L);
    assertThat(log).contains("ganlab: stopped by SIGTERM at step " + step + " of " + STEPS + "\n");
  }

  /** Waits until a run has written its metrics log (at its first evaluation, step 100). */
  private static void awaitAMetricsLog(CliProcess sweep, Path runs) throws Exception {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (!hasMetricsLog(runs)) {
      assertThat(sweep.process().isAlive()).as("the sweep ended first: %s", sweep.output()).isTrue();
      assertThat(System.nanoTime()).as("no run trained within two minutes").isLessThan(deadline);
      Thread.sleep(10);
    }
  }

  private static boolean hasMetricsLog(Path runs) throws Exception {
    if (!Files.isDirectory(runs)) {
      return false;
    }
    try (var dirs = Files.list(runs)) {
      return dirs.anyMatch(run -> Files.exists(new RunDirectory(run).metrics()));
    }
  }
}
