package org.ganlab.experiments.sweep;

import java.io.PrintWriter;
import java.util.Map;
import org.ganlab.core.train.TrainingListener;
import org.ganlab.core.train.TrainingResult;

/**
 * The worker side of sweep progress: prints a {@link ProgressLine} when training starts, at most every
 * {@value #INTERVAL_MS} ms while it runs, and when it ends.
 */
public final class ProgressReporter implements TrainingListener {
  /** Least time between two reports, in milliseconds. */
  public static final long INTERVAL_MS = 250;

  private final PrintWriter out;
  private long total;
  private long lastReport;

  /**
   * Creates a reporter.
   *
   * @param out the worker's standard output
   */
  public ProgressReporter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void started(long firstStep, long totalSteps) {
    total = totalSteps;
    report(firstStep);
  }

  @Override
  public void stepDone(long completed, Map<String, Double> losses) {
    if (System.nanoTime() - lastReport >= INTERVAL_MS * 1_000_000L) {
      report(completed);
    }
  }

  @Override
  public void finished(TrainingResult result) {
    report(result.completedSteps());
  }

  private void report(long completed) {
    out.println(new ProgressLine(completed, total).format());
    out.flush();
    lastReport = System.nanoTime();
  }
}
