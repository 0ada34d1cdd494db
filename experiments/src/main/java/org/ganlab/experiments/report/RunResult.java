package org.ganlab.experiments.report;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ganlab.experiments.sweep.RunState;

/**
 * What one run of a sweep left behind, as a report needs it.
 *
 * @param id the run id from {@code plan.json}
 * @param directory the run directory
 * @param seed the run seed
 * @param values the resolved value of each varying key, as text ({@code hinge}, {@code 1.0E-4}), in
 *     {@code plan.json}'s key order
 * @param state how the run ended (done, diverged, failed) or where it stands (new, partial)
 * @param reason why it diverged or failed; empty otherwise
 * @param completedSteps training steps completed
 * @param metrics the final metric columns of {@code final.json} ({@code metrics}), bootstrap interval
 *     columns included; empty when the run has no {@code final.json}
 * @param protocols for each metric name, how it was measured ({@code final.json}'s {@code protocol}),
 *     every value as text
 * @param provenance the fields of {@code provenance.json} as text (JSON null as empty), file order
 * @param wallSeconds seconds between {@code started_at} and {@code ended_at} of the last session; NaN
 *     when either is missing
 * @param lastSample the last {@code samples/step-NNNNNN.png}, or null when there is none
 * @param log the run's {@code metrics.csv}
 */
public record RunResult(
    String id,
    Path directory,
    long seed,
    Map<String, String> values,
    RunState state,
    String reason,
    long completedSteps,
    Map<String, Double> metrics,
    Map<String, Map<String, String>> protocols,
    Map<String, String> provenance,
    double wallSeconds,
    Path lastSample,
    TrainingLog log) {

  /** Keeps unmodifiable copies of the maps, in their order. */
  public RunResult {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    Map<String, Map<String, String>> copied = new LinkedHashMap<>();
    protocols.forEach((metric, entries) ->
        copied.put(metric, Collections.unmodifiableMap(new LinkedHashMap<>(entries))));
    protocols = Collections.unmodifiableMap(copied);
    provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
  }

  /**
   * Tells whether the run's results enter the statistics: only runs that trained every step do.
   *
   * @return true for a done run
   */
  public boolean included() {
    return state == RunState.DONE;
  }

  /**
   * Returns a final metric value.
   *
   * @param column a metric column, e.g. {@code fid}
   * @return the value when {@code final.json} has a finite one
   */
  public Optional<Double> metric(String column) {
    Double value = metrics.get(column);
    return value != null && Double.isFinite(value) ? Optional.of(value) : Optional.empty();
  }

  /**
   * Returns the sample grid shown for the run.
   *
   * @return the last sample PNG, if any
   */
  public Optional<Path> sample() {
    return Optional.ofNullable(lastSample);
  }
}
