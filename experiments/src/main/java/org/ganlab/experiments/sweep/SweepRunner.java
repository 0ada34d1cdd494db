package org.ganlab.experiments.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.ganlab.core.config.ConfigWriter;
import org.ganlab.core.io.AtomicFiles;
import org.ganlab.core.io.RunDirectory;
import org.ganlab.core.train.StopRequest;

/**
 * Trains the unfinished runs of a sweep, {@code jobs} at a time, each through a {@link RunWorker}, and
 * records how each ended. A done or diverged run is skipped; an interrupted or failed one resumes from its
 * checkpoint (see {@link RunAction}); a run without a usable checkpoint starts over in an emptied
 * directory. A run that fails does not stop the others. Once the sweep's {@link StopRequest} is made, no
 * further run starts, and a run its worker left unfinished keeps the state its directory shows (partial,
 * with the checkpoint of the step it stopped at) instead of counting as failed.
 */
public final class SweepRunner {
  private final SweepLayout layout;
  private final RunWorker worker;
  private final int jobs;
  private final SweepProgress progress;
  private final StopRequest stop;

  /**
   * Creates a runner.
   *
   * @param layout the sweep's files
   * @param worker trains one run
   * @param jobs runs trained at once, at least 1
   * @param progress receives progress from every run
   * @param stop the sweep's stop request: once made, no run starts
   */
  public SweepRunner(SweepLayout layout, RunWorker worker, int jobs, SweepProgress progress,
      StopRequest stop) {
    if (jobs < 1) {
      throw new IllegalArgumentException("--jobs must be at least 1, found " + jobs);
    }
    this.layout = layout;
    this.worker = worker;
    this.jobs = jobs;
    this.progress = progress;
    this.stop = stop;
  }

  /**
   * Trains every unfinished run.
   *
   * @param runs the sweep's runs
   * @return how each run stands afterwards, in the given order
   * @throws InterruptedException when interrupted; running workers are stopped
   */
  public Map<PlannedRun, RunRecord> run(List<PlannedRun> runs) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(jobs);
    try {
      List<Future<RunRecord>> futures = new ArrayList<>();
      runs.forEach(run -> futures.add(pool.submit(() -> runOne(run))));
      Map<PlannedRun, RunRecord> records = new LinkedHashMap<>();
      for (int i = 0; i < runs.size(); i++) {
        records.put(runs.get(i), result(futures.get(i)));
      }
      return records;
    } finally {
      pool.shutdownNow();
    }
  }

  private RunRecord runOne(PlannedRun run) throws InterruptedException {
    RunDirectory directory = run.directory();
    RunRecord before = RunInspector.inspect(directory);
    RunAction action = RunAction.decide(before, directory);
    if (action == RunAction.SKIP || stop.requested()) {
      return before;
    }
    Instant start = Instant.now();
    Path log = layout.log(run.id());
    int exitCode;
    try {
      prepare(run, action, log, start);
      progress.started(run, action);
      exitCode = worker.train(run, action == RunAction.RESUME, log, line -> progress.stepped(run, line));
    } catch (IOException | UncheckedIOException e) {
      RunRecord failed = new RunRecord(RunState.FAILED, "cannot train: " + e.getMessage());
      progress.finished(run, failed, Duration.between(start, Instant.now()));
      return failed;
    }
    RunRecord after = RunInspector.inspect(directory);
    if (!after.state().finished() && after.state() != RunState.FAILED && !stop.requested()) {
      after = new RunRecord(RunState.FAILED, "the worker exited with code " + exitCode
          + " before recording an outcome; see " + log);
    }
    progress.finished(run, after, Duration.between(start, Instant.now()));
    return after;
  }

  /** Empties the directory of a run that starts over, writes its config and opens its log entry. */
  private static void prepare(PlannedRun run, RunAction action, Path log, Instant start)
      throws IOException {
    if (action == RunAction.FRESH) {
      discard(run.directory().root());
    }
    AtomicFiles.writeString(run.directory().config(), ConfigWriter.toYaml(run.config()));
    Files.createDirectories(log.toAbsolutePath().getParent());
    Files.writeString(log, "=== " + start + " " + action.name().toLowerCase(Locale.ROOT) + " "
        + run.id() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  private static RunRecord result(Future<RunRecord> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof InterruptedException interrupted) {
        throw interrupted;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * Deletes a run directory so that a kill at any moment leaves it whole or gone: it is first renamed
   * (atomically) to a hidden name, and a leftover of an earlier kill is deleted first.
   */
  private static void discard(Path root) throws IOException {
    Path discarded = root.resolveSibling("." + root.getFileName() + ".discarded");
    deleteRecursively(discarded);
    if (Files.exists(root)) {
      Files.move(root, discarded, StandardCopyOption.ATOMIC_MOVE);
      deleteRecursively(discarded);
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
