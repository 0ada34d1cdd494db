package org.ganlab.experiments.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ganlab.core.train.StopRequest;
import org.ganlab.core.train.VariantRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner's bookkeeping, with a fake worker that writes the provenance a real one would. */
class SweepRunnerTest {
  @TempDir Path dir;

  private SweepPlan plan() throws Exception {
    Path file = Files.writeString(dir.resolve("sweep.yaml"), "name: fake\nmodel: {variant: vanilla}\n"
        + "sweep: {grid: {loss.type: [hinge, minimax]}, seeds: [1, 2]}\n");
    return new SweepPlanner(VariantRegistry.load(), config -> { })
        .plan(SweepFile.read(file), dir.resolve("out"));
  }

  private static void record(PlannedRun run, String status) throws IOException {
    Files.writeString(run.directory().provenance(),
        "{\"status\": \"" + status + "\", \"reason\": \"" + status + " on purpose\"}");
  }

  private static LineProgress quiet(int total) {
    return new LineProgress(new PrintWriter(new StringWriter()), total, 0);
  }

  @Test
  void runsTrainJobsAtATimeAndEachEndingIsRecorded() throws Exception {
    SweepPlan plan = plan();
    List<PlannedRun> runs = plan.runs();
    CountDownLatch together = new CountDownLatch(2);
    AtomicInteger calls = new AtomicInteger();
    RunWorker worker = (run, resume, log, progress) -> {
      assertThat(run.directory().config()).exists();
      int call = calls.getAndIncrement();
      together.countDown();
      assertThat(together.await(10, TimeUnit.SECONDS)).as("two runs at once").isTrue();
      if (run == runs.get(0)) {
        record(run, "diverged");
      } else if (run != runs.get(1)) {
        record(run, "done");
      }
      return call;
    };

    Map<PlannedRun, RunRecord> records = new SweepRunner(plan.layout(), worker, 2, quiet(4), new StopRequest()).run(runs);

    assertThat(records.keySet()).containsExactlyElementsOf(runs);
    assertThat(records.get(runs.get(0))).isEqualTo(new RunRecord(RunState.DIVERGED, "diverged on purpose"));
    assertThat(records.get(runs.get(1)).state()).isEqualTo(RunState.FAILED);
    assertThat(records.get(runs.get(1)).reason()).startsWith("the worker exited with code ")
        .endsWith("before recording an outcome; see " + plan.layout().log(runs.get(1).id()));
    assertThat(records.get(runs.get(2)).state()).isEqualTo(RunState.DONE);
    assertThat(Files.readString(plan.layout().log(runs.get(3).id()))).contains(" fresh " + runs.get(3).id());
  }

  @Test
  void finishedRunsAreSkippedAndRunsWithoutACheckpointStartOverInAnEmptyDirectory() throws Exception {
    SweepPlan plan = plan();
    PlannedRun done = plan.runs().get(0);
    PlannedRun killed = plan.runs().get(1);
    Files.createDirectories(done.directory().root());
    record(done, "done");
    Files.createDirectories(killed.directory().root().resolve("samples"));
    record(killed, "running");
    Files.writeString(killed.directory().root().resolve("samples/step-000010.png"), "stale");
    Map<String, Boolean> trained = new ConcurrentHashMap<>();
    RunWorker worker = (run, resume, log, progress) -> {
      trained.put(run.id(), resume);
      assertThat(run.directory().root().resolve("samples")).doesNotExist();
      record(run, "done");
      return 0;
    };

    Map<PlannedRun, RunRecord> records =
        new SweepRunner(plan.layout(), worker, 1, quiet(4), new StopRequest()).run(plan.runs());

    assertThat(trained).doesNotContainKey(done.id()).containsEntry(killed.id(), false).hasSize(3);
    assertThat(records.values()).extracting(RunRecord::state).containsOnly(RunState.DONE);
    assertThat(killed.directory().root().resolveSibling("." + killed.id() + ".discarded")).doesNotExist();
  }
}
