package org.ganlab.experiments.sweep;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The lines printed when a sweep ends: counts by state, then one line per diverged or failed run; or,
 * for a sweep stopped by a signal, one line.
 */
public final class SweepSummary {

  private SweepSummary() {}

  /**
   * Describes how a sweep ended.
   *
   * @param plan the plan
   * @param records how each run stands
   * @return e.g. {@code sweep quickstart: 8 runs: 6 done, 1 diverged, 1 failed}, then a line per run that
   *     diverged or failed with its id, point and reason, then where the results are
   */
  public static List<String> describe(SweepPlan plan, Map<PlannedRun, RunRecord> records) {
    List<String> lines = new ArrayList<>();
    lines.add("sweep " + plan.name() + ": " + counts(records));
    records.forEach((run, record) -> {
      if (record.state() != RunState.DONE) {
        lines.add("  " + record.state().label() + " " + run.id() + " ("
            + run.points().get(0).describe() + ")" + (record.reason().isEmpty() ? ""
            : ": " + record.reason()));
      }
    });
    lines.add("sweep directory: " + plan.layout().root() + " (plan.json lists its runs)");
    return lines;
  }

  /**
   * Describes a sweep stopped by a signal, in one line.
   *
   * @param plan the plan
   * @param records how each run stands
   * @param cause what stopped it, e.g. {@code SIGTERM}
   * @return e.g. {@code ganlab: sweep quickstart stopped by SIGTERM: 8 runs: 3 done, 2 partial, 3 new;
   *     continue with --resume}
   */
  public static String stopped(SweepPlan plan, Map<PlannedRun, RunRecord> records, String cause) {
    return "ganlab: sweep " + plan.name() + " stopped by " + cause + ": " + counts(records)
        + "; continue with --resume";
  }

  private static String counts(Map<PlannedRun, RunRecord> records) {
    Map<RunState, Long> counts = new EnumMap<>(RunState.class);
    records.values().forEach(record -> counts.merge(record.state(), 1L, Long::sum));
    return records.size() + " runs: " + counts.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", "));
  }
}
