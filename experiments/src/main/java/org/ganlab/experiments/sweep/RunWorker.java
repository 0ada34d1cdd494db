package org.ganlab.experiments.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Trains one run of a sweep, e.g. in a child JVM, and says how the attempt ended. */
public interface RunWorker {

  /**
   * Trains a run whose directory already holds its {@code config.yaml}.
   *
   * @param run the run
   * @param resume continue from the run's latest checkpoint
   * @param log file the worker's diagnostics are appended to
   * @param progress receives step progress while the run trains
   * @return the worker's exit code: 0 done, 1 diverged or failed, anything else an error
   * @throws IOException when the worker cannot be started
   * @throws InterruptedException when the waiting thread is interrupted (the worker is stopped)
   */
  int train(PlannedRun run, boolean resume, Path log, Consumer<ProgressLine> progress)
      throws IOException, InterruptedException;
}
