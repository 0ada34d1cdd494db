package org.ganlab.experiments.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A run's {@code metrics.csv} as numbers: a header {@code step,<column>...} and one row per logged step,
 * empty cells where a value was not measured at that step (metric columns outside evaluations).
 */
public final class TrainingLog {
  private final Map<String, SortedMap<Long, Double>> series;

  private TrainingLog(Map<String, SortedMap<Long, Double>> series) {
    this.series = series;
  }

  /**
   * Returns a log without columns, for a run that has no {@code metrics.csv}.
   *
   * @return the empty log
   */
  public static TrainingLog empty() {
    return new TrainingLog(Map.of());
  }

  /**
   * Reads a {@code metrics.csv}.
   *
   * @param file the file; a missing file gives the empty log
   * @return the log
   * @throws IllegalArgumentException for a row whose cells are not numbers or whose length differs from
   *     the header's
   */
  public static TrainingLog read(Path file) {
    if (!Files.isRegularFile(file)) {
      return empty();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    if (lines.isEmpty()) {
      return empty();
    }
    List<String> header = Arrays.asList(lines.get(0).split(",", -1));
    Map<String, SortedMap<Long, Double>> series = new LinkedHashMap<>();
    header.subList(1, header.size()).forEach(column -> series.put(column, new TreeMap<>()));
    for (int row = 1; row < lines.size(); row++) {
      if (!lines.get(row).isEmpty()) {
        parseRow(file, row, lines.get(row), header, series);
      }
    }
    series.replaceAll((column, values) -> Collections.unmodifiableSortedMap(values));
    return new TrainingLog(Collections.unmodifiableMap(series));
  }

  private static void parseRow(Path file, int row, String line, List<String> header,
      Map<String, SortedMap<Long, Double>> series) {
    String[] cells = line.split(",", -1);
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(file + " line " + (row + 1) + " has " + cells.length
          + " cells, expected " + header.size() + " as in its header");
    }
    try {
      long step = Long.parseLong(cells[0]);
      for (int i = 1; i < cells.length; i++) {
        if (!cells[i].isEmpty()) {
          series.get(header.get(i)).put(step, Double.parseDouble(cells[i]));
        }
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + " line " + (row + 1) + " holds a cell that is not a"
          + " number: " + line);
    }
  }

  /**
   * Returns the columns after {@code step}.
   *
   * @return column names in file order
   */
  public List<String> columns() {
    return new ArrayList<>(series.keySet());
  }

  /**
   * Returns one column's measured values.
   *
   * @param column a column name
   * @return step to value (non-finite values included, empty cells left out), ascending steps; empty
   *     for an unknown column
   */
  public SortedMap<Long, Double> series(String column) {
    return series.getOrDefault(column, Collections.emptySortedMap());
  }
}
