package org.ganlab.experiments.reproduce;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The cells of a {@code metrics.csv} as written ({@code org.ganlab.core.io.MetricsLog}): a header
 * {@code step,<columns>}, then one row per logged step, empty cells where nothing was measured.
 *
 * @param columns the columns after {@code step}
 * @param rows step to its cells, one per column, in step order
 */
record MetricsTable(List<String> columns, NavigableMap<Long, List<String>> rows) {

  /** Makes the table unmodifiable. */
  MetricsTable {
    columns = List.copyOf(columns);
    rows = Collections.unmodifiableNavigableMap(new TreeMap<>(rows));
  }

  /**
   * Reads a {@code metrics.csv}.
   *
   * @param file the file
   * @return its cells
   * @throws IllegalArgumentException when the file is missing, unreadable or not a metrics log
   */
  static MetricsTable read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
    }
    if (lines.isEmpty() || !lines.get(0).startsWith("step,")) {
      throw new IllegalArgumentException(file + " is not a metrics log: its first line must start"
          + " with 'step,'");
    }
    List<String> columns = Arrays.asList(lines.get(0).split(",", -1));
    columns = columns.subList(1, columns.size());
    TreeMap<Long, List<String>> rows = new TreeMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",", -1);
      if (cells.length != columns.size() + 1) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + " has " + cells.length
            + " cells, the header has " + (columns.size() + 1));
      }
      rows.put(step(file, i, cells[0]), List.of(Arrays.copyOfRange(cells, 1, cells.length)));
    }
    return new MetricsTable(columns, rows);
  }

  /**
   * Returns the last logged step.
   *
   * @return the highest step, 0 when there is no row
   */
  long lastStep() {
    return rows.isEmpty() ? 0 : rows.lastKey();
  }

  /**
   * Returns one cell.
   *
   * @param step a step
   * @param column a column name
   * @return its text (empty when not measured), or null when the row or column does not exist
   */
  String cell(long step, String column) {
    List<String> row = rows.get(step);
    int index = columns.indexOf(column);
    return row == null || index < 0 ? null : row.get(index);
  }

  private static long step(Path file, int line, String cell) {
    try {
      return Long.parseLong(cell);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + " line " + (line + 1) + ": step must be an integer,"
          + " found '" + cell + "'");
    }
  }
}
