package org.ganlab.experiments.report;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The runs of a sweep that differ only by seed: one point of the sweep, trained with every seed.
 *
 * @param name the cell's short name ({@link CellLabels}), e.g. {@code hinge lr_g=1e-4}, unique in
 *     its sweep, or {@value Cells#BASE_NAME} when the sweep varies nothing but the seed
 * @param values the value of each varying key, as text, in {@code plan.json}'s key order
 * @param runs the cell's runs, by ascending seed
 */
public record Cell(String name, Map<String, String> values, List<RunResult> runs) {

  /** Keeps unmodifiable copies. */
  public Cell {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    runs = List.copyOf(runs);
  }

  /**
   * Returns the runs whose results enter the statistics.
   *
   * @return the done runs, by ascending seed
   */
  public List<RunResult> included() {
    return runs.stream().filter(RunResult::included).toList();
  }

  /**
   * Returns the per-seed values of a final metric.
   *
   * @param column a final metric column
   * @return the finite values of the included runs that have one, by ascending seed
   */
  public double[] values(String column) {
    return included().stream().map(run -> run.metric(column)).flatMap(Optional::stream)
        .mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * Returns the sample grid shown for the cell: the last one of the first seed that drew any.
   *
   * @return the PNG, if any run of the cell has one
   */
  public Optional<Path> sample() {
    return runs.stream().map(RunResult::sample).flatMap(Optional::stream).findFirst();
  }
}
