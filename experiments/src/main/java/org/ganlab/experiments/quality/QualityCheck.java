package org.ganlab.experiments.quality;

import java.util.Map;
import java.util.OptionalDouble;
import org.ganlab.core.io.RunDirectory;
import org.ganlab.experiments.report.RunReader;
import org.ganlab.experiments.sweep.RunInspector;
import org.ganlab.experiments.sweep.RunRecord;
import org.ganlab.experiments.sweep.RunState;

/**
 * Checks a quality row against its run directory: a run that is not done is pending (new or partial)
 * or failed (diverged or failed); a done run's {@code final.json} value of the row's column is
 * compared with the bar.
 */
public final class QualityCheck {

  private QualityCheck() {}

  /**
   * Checks one row.
   *
   * @param bar the row
   * @param run the directory of its training's run, which need not exist
   * @return the outcome with the measured value and the bar's value where known
   */
  public static QualityResult check(QualityBar bar, RunDirectory run) {
    RunRecord record = RunInspector.inspect(run);
    OptionalDouble none = OptionalDouble.empty();
    if (record.state() == RunState.NEW || record.state() == RunState.PARTIAL) {
      return new QualityResult(bar, Outcome.PENDING, none, none, "run " + record.state().label());
    }
    if (record.state() != RunState.DONE) {
      return new QualityResult(bar, Outcome.FAIL, none, none, "run " + record.state().label());
    }
    Map<String, Double> metrics = RunReader.finalMetrics(run.finalMetrics());
    Double measured = metrics.get(bar.column());
    if (measured == null) {
      return new QualityResult(bar, Outcome.FAIL, none, none, "no " + bar.column() + " measured");
    }
    OptionalDouble threshold;
    try {
      threshold = bar.bar().threshold(bar.statedValue(), metrics);
    } catch (IllegalArgumentException e) {
      return new QualityResult(bar, Outcome.FAIL, OptionalDouble.of(measured), none, e.getMessage());
    }
    if (threshold.isEmpty()) {
      return new QualityResult(bar, Outcome.PENDING, OptionalDouble.of(measured), none,
          "no stated figure yet");
    }
    boolean holds = bar.bar().holds(measured, threshold.getAsDouble());
    return new QualityResult(bar, holds ? Outcome.PASS : Outcome.FAIL, OptionalDouble.of(measured),
        threshold, "");
  }
}
