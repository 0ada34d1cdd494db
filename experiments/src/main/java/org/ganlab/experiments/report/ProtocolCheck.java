package org.ganlab.experiments.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Refuses to compare a metric measured under different protocols: runs whose {@code final.json}
 * protocol entries for the metric differ in any of {@link #KEYS}. The evaluation step and the bootstrap
 * settings may differ: they do not change what is measured. An entry one run recorded and another did
 * not counts as different.
 */
public final class ProtocolCheck {
  /** The protocol entries that must agree for values to be comparable. */
  public static final List<String> KEYS = List.of("extractor", "extractor_sha256", "n_real", "n_fake",
      "split");

  private static final String ABSENT = "(not recorded)";

  private ProtocolCheck() {}

  /**
   * Checks that every run measured a column under the same protocol.
   *
   * @param column a final metric column
   * @param runs the runs whose values would be compared (those with a value for the column)
   * @return why the column cannot be compared, naming each differing entry's values and the runs with
   *     each; empty when the protocols agree
   */
  public static Optional<String> problem(String column, List<RunResult> runs) {
    Map<String, Map<String, String>> entries = new LinkedHashMap<>();
    runs.forEach(run -> entries.put(run.id(), entries(column, run)));
    List<String> differing = KEYS.stream()
        .filter(key -> entries.values().stream().map(e -> e.get(key)).distinct().count() > 1).toList();
    if (differing.isEmpty()) {
      return Optional.empty();
    }
    Map<String, List<String>> runsBySignature = new LinkedHashMap<>();
    entries.forEach((id, values) -> runsBySignature.computeIfAbsent(differing.stream()
        .map(key -> key + "=" + values.get(key)).collect(Collectors.joining(" ")),
        s -> new ArrayList<>()).add(id));
    String groups = runsBySignature.entrySet().stream()
        .map(e -> e.getKey() + " in " + (e.getValue().size() == 1 ? "run " : "runs ")
            + String.join(", ", e.getValue()))
        .collect(Collectors.joining("; "));
    return Optional.of(column + " was measured under different protocols (" + groups
        + "); its values are not compared");
  }

  /** The run's values of {@link #KEYS} for the metric owning the column, {@link #ABSENT} for gaps. */
  private static Map<String, String> entries(String column, RunResult run) {
    Map<String, String> protocol = MetricOwners.owner(column, run.protocols().keySet())
        .map(owner -> run.protocols().get(owner)).orElse(Map.of());
    Map<String, String> entries = new LinkedHashMap<>();
    KEYS.forEach(key -> entries.put(key, protocol.getOrDefault(key, ABSENT)));
    return entries;
  }
}
