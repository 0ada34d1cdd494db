package org.ganlab.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.ganlab.core.config.ConfigJson;
import org.ganlab.core.io.Checkpoint;
import org.ganlab.core.io.RunDirectory;
import org.ganlab.experiments.sweep.RunInspector;
import org.ganlab.experiments.sweep.RunState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ganlab sweep} end to end on a tiny ring8 sweep (2 losses x 2 seeds, 100 steps). Each run trains
 * in a worker JVM, so this class takes about a minute.
 */
class SweepCommandTest {
  private static final String SWEEP = "name: sweep-test\nmodel: {variant: vanilla, width: 16}\n"
      + "training: {steps: 100, batch_size: 32, checkpoint_every: 20, log_every: 10}\n"
      + "eval: {every: 50, samples: 50, metrics: [modes]}\nruntime: {threads: 1}\n"
      + "sweep:\n  grid: {loss.type: [hinge, non-saturating]}\n  seeds: [1, 2]\n";

  @TempDir static Path shared;
  private static CliRun uninterrupted;

  @TempDir Path dir;

  private static Path write(Path directory, String name, String text) throws Exception {
    return Files.writeString(directory.resolve(name), text);
  }

  /** Runs the sweep once, without interruption, into {@code shared/whole}; later calls reuse it. */
  private static synchronized CliRun uninterrupted() throws Exception {
    if (uninterrupted == null) {
      Path file = write(shared, "sweep.yaml", SWEEP);
      uninterrupted = CliRun.of("sweep", file.toString(), "--out", shared.resolve("whole").toString(),
          "--jobs", "2", "--no-progress");
    }
    return uninterrupted;
  }

  private static List<RunDirectory> runs(Path out) throws Exception {
    JsonNode plan = ConfigJson.json().readTree(out.resolve("sweep-test/plan.json").toFile());
    List<RunDirectory> runs = new ArrayList<>();
    plan.get("runs").forEach(run -> runs.add(
        new RunDirectory(out.resolve("sweep-test").resolve(run.get("directory").asText()))));
    return runs;
  }

  @Test
  void invalidPointsExitWithTwoListingEachAndWriteNothing() throws Exception {
    Path file = write(dir, "bad.yaml", "name: bad\nmodel: {variant: vanilla}\nsweep:\n"
        + "  grid: {training.lr_d: [-1.0, 1e-4], eval.metrics: [[modes], [nope]]}\n");
    Path out = dir.resolve("out");

    CliRun result = CliRun.of("sweep", file.toString(), "--out", out.toString());

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("3 of 4 sweep points are invalid; nothing was run:")
        .contains("training.lr_d=-1.0 eval.metrics=[\"modes\"]: training.lr_d must be > 0, found -1.0")
        .contains("training.lr_d=-1.0 eval.metrics=[\"nope\"]: training.lr_d must be > 0")
        .contains("training.lr_d=1.0E-4 eval.metrics=[\"nope\"]: eval.metrics: unknown metric 'nope'");
    assertThat(out).doesNotExist();
  }

  @Test
  void unknownSweepKeyExitsWithTwo() throws Exception {
    Path file = write(dir, "typo.yaml", "model: {variant: vanilla}\nsweep: {grdi: {loss.type: [hinge]}}\n");

    CliRun result = CliRun.of("sweep", file.toString(), "--out", dir.resolve("out").toString());

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("sweep.grdi: unknown key");
  }

  @Test
  void dryRunPrintsThePlanAndWritesNothing() throws Exception {
    Path file = write(dir, "sweep.yaml", SWEEP);
    Path out = dir.resolve("out");

    CliRun result = CliRun.of("sweep", file.toString(), "--out", out.toString(), "--dry-run");

    assertThat(result.code()).isEqualTo(0);
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).matches("run id +loss\\.type +seed +status");
    assertThat(lines.get(1)).matches("[0-9a-f]{12} +hinge +1 +new");
    assertThat(lines.get(4)).matches("[0-9a-f]{12} +non-saturating +2 +new");
    assertThat(out).doesNotExist();
  }

  @Test
  void pointsWithTheSameConfigAreOneRunAndTheUserIsTold() throws Exception {
    Path file = write(dir, "dupes.yaml", "name: dupes\nmodel: {variant: vanilla}\n"
        + "sweep: {grid: {training.lr_g: [2e-4, 0.0002, 1e-3]}}\n");

    CliRun result = CliRun.of("sweep", file.toString(), "--out", dir.resolve("out").toString(), "--dry-run");

    assertThat(result.code()).isEqualTo(0);
    assertThat(result.out().lines().skip(1)).hasSize(2);
    assertThat(result.err()).contains("note: 2 points resolve to the same config and are trained once as ")
        .contains(": training.lr_g=2.0E-4; training.lr_g=2.0E-4");
  }

  @Test
  void aDivergedRunIsRecordedTheOthersGoOnAndItIsNeverTrainedAgain() throws Exception {
    Path file = write(dir, "boom.yaml", "name: boom\nmodel: {variant: vanilla, width: 16}\n"
        + "loss: {type: wasserstein}\ntraining: {steps: 40, batch_size: 16, betas: [0.0, 0.9]}\n"
        + "eval: {every: 40, samples: 50, metrics: [modes]}\nruntime: {threads: 1}\n"
        + "sweep: {grid: {training.lr_d: [1.0e+30, 1.0e-4]}}\n");
    Path out = dir.resolve("out");

    CliRun first = CliRun.of("sweep", file.toString(), "--out", out.toString(), "--jobs", "2", "--no-progress");
    CliRun again = CliRun.of("sweep", file.toString(), "--out", out.toString(), "--no-progress");

    assertThat(first.code()).as(first.err()).isEqualTo(1);
    assertThat(first.out()).startsWith("sweep boom: 2 runs: 1 done, 1 diverged\n")
        .containsPattern("  diverged [0-9a-f]{12} \\(training.lr_d=1.0E30\\): non-finite loss at step");
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.out()).startsWith("sweep boom: 2 runs: 1 done, 1 diverged\n");
    assertThat(again.err()).doesNotContain("start");
  }

  @Test
  void sweepTrainsEveryRunAndASecondSweepTrainsNothing() throws Exception {
    CliRun first = uninterrupted();
    Path out = shared.resolve("whole");

    assertThat(first.code()).as(first.err()).isEqualTo(0);
    assertThat(first.out()).startsWith("sweep sweep-test: 4 runs: 4 done");
    assertThat(Files.readString(out.resolve("sweep-test/sweep.yaml"))).isEqualTo(SWEEP);
    List<RunDirectory> runs = runs(out);
    assertThat(runs).hasSize(4).allSatisfy(run ->
        assertThat(RunInspector.inspect(run).state()).isEqualTo(RunState.DONE));
    List<String> provenances = new ArrayList<>();
    for (RunDirectory run : runs) {
      provenances.add(Files.readString(run.provenance()));
    }

    CliRun second = CliRun.of("sweep", shared.resolve("sweep.yaml").toString(), "--out", out.toString(),
        "--jobs", "2", "--no-progress");

    assertThat(second.code()).isEqualTo(0);
    assertThat(second.out()).startsWith("sweep sweep-test: 4 runs: 4 done");
    assertThat(second.err()).doesNotContain("start");
    for (int i = 0; i < runs.size(); i++) {
      assertThat(Files.readString(runs.get(i).provenance())).isEqualTo(provenances.get(i));
    }
    CliRun table = CliRun.of("sweep", shared.resolve("sweep.yaml").toString(), "--out", out.toString(),
        "--dry-run");
    assertThat(table.out().lines().skip(1)).hasSize(4).allMatch(line -> line.endsWith("done"));
  }

  @Test
  void sweepKilledMidRunResumesToTheResultsOfAnUninterruptedOne() throws Exception {
    assertThat(uninterrupted().code()).isEqualTo(0);
    List<RunDirectory> whole = runs(shared.resolve("whole"));
    Path file = write(dir, "sweep.yaml", SWEEP);
    Path out = dir.resolve("out");

    killWhenACheckpointAppears(file, out);

    List<RunDirectory> killed = runs(out);
    assertThat(killed).extracting(run -> RunInspector.inspect(run).state()).contains(RunState.PARTIAL);
    CliRun refused = CliRun.of("sweep", file.toString(), "--out", out.toString(), "--no-progress");
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("unfinished runs").contains("use --resume");

    CliRun resumed = CliRun.of("sweep", file.toString(), "--out", out.toString(), "--jobs", "2", "--resume",
        "--no-progress");

    assertThat(resumed.code()).as(resumed.err()).isEqualTo(0);
    assertThat(resumed.err()).contains("resume ");
    assertThat(killed).extracting(run -> run.root().getFileName())
        .isEqualTo(whole.stream().map(run -> run.root().getFileName()).toList());
    for (int i = 0; i < whole.size(); i++) {
      assertThat(Files.readString(killed.get(i).metrics())).as(killed.get(i).root().toString())
          .isEqualTo(Files.readString(whole.get(i).metrics()));
      assertThat(withoutWallTimes(killed.get(i).finalMetrics()))
          .isEqualTo(withoutWallTimes(whole.get(i).finalMetrics()));
    }
  }

  /**
   * Starts the sweep as a separate JVM, kills it with SIGKILL as soon as a run has an intact checkpoint,
   * and checks that its workers die with it.
   */
  private static void killWhenACheckpointAppears(Path file, Path out) throws Exception {
    Process sweep = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), GanlabCli.class.getName(), "sweep",
        file.toString(), "--out", out.toString(), "--jobs", "2", "--no-progress")
        .redirectErrorStream(true).redirectOutput(file.resolveSibling("killed.log").toFile()).start();
    List<ProcessHandle> workers = List.of();
    try {
      Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
      while (!hasCheckpoint(out.resolve("sweep-test/runs")) && Instant.now().isBefore(deadline)) {
        assertThat(sweep.isAlive()).as("the sweep ended before any checkpoint").isTrue();
        Thread.sleep(20);
      }
      workers = sweep.descendants().toList();
      sweep.destroyForcibly();
      assertThat(sweep.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(workers).isNotEmpty();
      for (ProcessHandle worker : workers) {
        worker.onExit().get(30, TimeUnit.SECONDS);
      }
      awaitNoProcessNaming(out);
    } finally {
      sweep.destroyForcibly();
      workers.forEach(ProcessHandle::destroyForcibly);
    }
  }

  /** Waits until no process has the directory in its command line (a worker started at the kill). */
  private static void awaitNoProcessNaming(Path out) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (ProcessHandle.allProcesses().anyMatch(p -> p.info().commandLine()
        .map(line -> line.contains(out.toString())).orElse(false))) {
      assertThat(Instant.now()).as("a worker outlived its sweep").isBefore(deadline);
      Thread.sleep(50);
    }
  }

  private static boolean hasCheckpoint(Path runs) throws Exception {
    if (!Files.isDirectory(runs)) {
      return false;
    }
    try (var dirs = Files.list(runs)) {
      return dirs.anyMatch(run -> Checkpoint.isIntact(new RunDirectory(run).latestCheckpoint()));
    }
  }

  /** Reads final.json without its wall-clock fields (names ending in _at or holding "seconds"). */
  private static JsonNode withoutWallTimes(Path file) throws Exception {
    JsonNode tree = ConfigJson.json().readTree(file.toFile());
    removeWallTimes(tree);
    return tree;
  }

  private static void removeWallTimes(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> names = StreamSupport.stream(
          ((Iterable<String>) object::fieldNames).spliterator(), false).toList();
      names.stream().filter(name -> name.endsWith("_at") || name.contains("seconds")).forEach(object::remove);
    }
    node.forEach(SweepCommandTest::removeWallTimes);
  }
}
