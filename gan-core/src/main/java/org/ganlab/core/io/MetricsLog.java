package org.ganlab.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of {@code metrics.csv}: one per logged step, fixed columns ({@code step}, loss terms, learning
 * rates, metric columns), empty cells where a value was not measured at that step. Kept in memory and
 * rewritten atomically on {@link #flush()}, so the file on disk is always whole.
 */
public final class MetricsLog {
  private final Path file;
  private final List<String> columns;
  private final TreeMap<Long, String[]> rows = new TreeMap<>();

  /**
   * Creates an empty log.
   *
   * @param file where it is written
   * @param columns the columns after {@code step}
   */
  public MetricsLog(Path file, List<String> columns) {
    this.file = file;
    this.columns = List.copyOf(columns);
  }

  /**
   * Records values for a step (merging with values already recorded for it). Floats are written in their
   * shortest exact form so that equal runs give byte-identical files.
   *
   * @param step steps completed
   * @param values column to value; unknown columns are an error
   */
  public void record(long step, Map<String, ? extends Number> values) {
    String[] row = rows.computeIfAbsent(step, s -> new String[columns.size()]);
    values.forEach(
        (column, value) -> {
          int index = columns.indexOf(column);
          if (index < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + columns);
          }
          row[index] = value.toString();
        });
  }

  /** Writes the whole log atomically. */
  public void flush() {
    StringBuilder csv = new StringBuilder("step,").append(String.join(",", columns)).append('\n');
    rows.forEach(
        (step, row) -> {
          csv.append(step);
          for (String cell : row) {
            csv.append(',').append(cell == null ? "" : cell);
          }
          csv.append('\n');
        });
    AtomicFiles.writeString(file, csv.toString());
  }

  /**
   * Reloads the rows of an interrupted run up to a step, for resuming.
   *
   * @param lastStep rows after this step are dropped (they were written after the checkpoint)
   * @throws IllegalStateException when the file's columns differ from this log's
   */
  public void reload(long lastStep) {
    List<String> lines = readLines();
    if (lines.isEmpty()) {
      return;
    }
    List<String> header = Arrays.asList(lines.get(0).split(",", -1));
    if (!header.subList(1, header.size()).equals(columns)) {
      throw new IllegalStateException(file + " has columns " + header + ", expected step," + columns);
    }
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      long step = Long.parseLong(cells[0]);
      if (step <= lastStep) {
        String[] row = Arrays.copyOfRange(cells, 1, cells.length);
        Arrays.setAll(row, i -> row[i].isEmpty() ? null : row[i]);
        rows.put(step, row);
      }
    }
  }

  private List<String> readLines() {
    try {
      return Files.exists(file) ? Files.readAllLines(file) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
