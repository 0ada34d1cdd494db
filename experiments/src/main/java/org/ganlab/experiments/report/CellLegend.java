package org.ganlab.experiments.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The legend of a sweep's cells: each cell's short name ({@link CellLabels}) beside its full settings,
 * every key whose value differs between cells with the cell's value. Keys only the include entries
 * set live here rather than as columns of the summary.
 *
 * @param keys the keys whose value differs between cells, in {@code plan.json}'s order
 * @param rows one row per cell, in report order
 */
public record CellLegend(List<String> keys, List<Row> rows) {

  /**
   * One cell of the legend.
   *
   * @param name the cell's short name
   * @param settings e.g. {@code loss.type=hinge, training.lr_g=1.0E-4}; empty for the only cell of a
   *     sweep that varies nothing but the seed
   */
  public record Row(String name, String settings) {}

  /** Keeps unmodifiable copies. */
  public CellLegend {
    keys = List.copyOf(keys);
    rows = List.copyOf(rows);
  }

  /**
   * Builds the legend.
   *
   * @param cells the sweep's cells, in report order
   * @return the legend
   */
  public static CellLegend of(List<Cell> cells) {
    List<String> keys = new ArrayList<>();
    if (!cells.isEmpty()) {
      for (String key : cells.get(0).values().keySet()) {
        if (new HashSet<>(cells.stream().map(cell -> cell.values().get(key)).toList()).size() > 1) {
          keys.add(key);
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    for (Cell cell : cells) {
      rows.add(new Row(cell.name(), keys.stream().map(key -> key + "=" + cell.values().get(key))
          .collect(Collectors.joining(", "))));
    }
    return new CellLegend(keys, rows);
  }
}
