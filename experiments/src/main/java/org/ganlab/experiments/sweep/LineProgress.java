package org.ganlab.experiments.sweep;

import java.io.PrintWriter;
import java.time.Duration;

/** Sweep progress as plain lines, one when a run starts and one when it ends: for logs and CI. */
public final class LineProgress implements SweepProgress {
  private final PrintWriter err;
  private final int total;
  private int finished;

  /**
   * Creates the display.
   *
   * @param err where lines go
   * @param total runs in the sweep
   * @param finishedBefore runs that were done or diverged before this invocation
   */
  public LineProgress(PrintWriter err, int total, int finishedBefore) {
    this.err = err;
    this.total = total;
    this.finished = finishedBefore;
  }

  @Override
  public synchronized void started(PlannedRun run, RunAction action) {
    err.println("[" + finished + "/" + total + "] " + (action == RunAction.RESUME ? "resume " : "start ")
        + run.id() + " (" + run.points().get(0).describe() + ")");
    err.flush();
  }

  @Override
  public void stepped(PlannedRun run, ProgressLine line) {
    // Plain output reports runs, not steps.
  }

  @Override
  public synchronized void finished(PlannedRun run, RunRecord record, Duration took) {
    finished++;
    err.println("[" + finished + "/" + total + "] " + record.state().label() + " " + run.id() + " in "
        + String.format("%.1f s", took.toMillis() / 1000.0)
        + (record.reason().isEmpty() ? "" : ": " + record.reason()));
    err.flush();
  }

  @Override
  public void close() {
    err.flush();
  }
}
