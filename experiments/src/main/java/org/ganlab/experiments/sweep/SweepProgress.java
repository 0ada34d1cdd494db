package org.ganlab.experiments.sweep;

import java.time.Duration;

/** Shows a sweep's progress. Called from several threads at once when runs train in parallel. */
public interface SweepProgress extends AutoCloseable {

  /**
   * A run's worker is starting.
   *
   * @param run the run
   * @param action {@link RunAction#FRESH} or {@link RunAction#RESUME}
   */
  void started(PlannedRun run, RunAction action);

  /**
   * A running run reported its steps.
   *
   * @param run the run
   * @param line its progress
   */
  void stepped(PlannedRun run, ProgressLine line);

  /**
   * A run's worker has ended.
   *
   * @param run the run
   * @param record how the run stands now
   * @param took wall time of the attempt
   */
  void finished(PlannedRun run, RunRecord record, Duration took);

  /** Ends the display. */
  @Override
  void close();
}
