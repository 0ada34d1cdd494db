package org.ganlab.experiments.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups a sweep's runs into {@link Cell}s: runs with equal values of every varying key. */
public final class Cells {
  /** Name of the only cell of a sweep that varies nothing but the seed. */
  public static final String BASE_NAME = "(base config)";

  private Cells() {}

  /**
   * Groups runs.
   *
   * @param results the sweep's results
   * @return one cell per distinct combination of varying values, in order of first appearance in
   *     {@code plan.json}, named by {@link CellLabels}; each cell's runs by ascending seed
   */
  public static List<Cell> group(SweepResults results) {
    Map<Map<String, String>, List<RunResult>> groups = new LinkedHashMap<>();
    results.runs().forEach(run -> groups.computeIfAbsent(run.values(), v -> new ArrayList<>()).add(run));
    List<String> names = CellLabels.of(List.copyOf(groups.keySet()));
    List<Cell> cells = new ArrayList<>();
    groups.forEach((values, runs) -> {
      runs.sort(Comparator.comparingLong(RunResult::seed));
      cells.add(new Cell(names.get(cells.size()), values, runs));
    });
    return List.copyOf(cells);
  }
}
