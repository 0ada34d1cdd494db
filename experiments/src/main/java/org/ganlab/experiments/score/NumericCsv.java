package org.ganlab.experiments.score;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV of numbers without header: one sample per line, comma separated, every line the same
 * length, every cell a finite decimal number. Blank lines are skipped. Any other content is refused
 * with a one-line {@link IllegalArgumentException} naming the option, the file, the line and the cell.
 */
final class NumericCsv {

  private NumericCsv() {}

  /**
   * Reads a CSV matrix.
   *
   * @param file the CSV file
   * @param option the command-line option that named the file, e.g. {@code --real}, for messages
   * @return the rows {@code [N][d]} in float64, {@code N ≥ 1}, {@code d ≥ 1}
   * @throws IllegalArgumentException for an unreadable or empty file, ragged rows, a cell that is not a
   *     number or a non-finite value
   */
  static double[][] read(Path file, String option) {
    List<double[]> rows = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      int firstLine = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        double[] row = parseLine(line, option, file, lineNumber);
        if (rows.isEmpty()) {
          firstLine = lineNumber;
        } else if (row.length != rows.get(0).length) {
          throw new IllegalArgumentException(option + " " + file + ": line " + lineNumber + " has "
              + row.length + " values but line " + firstLine + " has " + rows.get(0).length
              + " (ragged rows)");
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(option + " " + file + ": cannot read (" + e.getMessage()
          + ")", e);
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(option + " " + file + ": holds no rows");
    }
    return rows.toArray(new double[0][]);
  }

  private static double[] parseLine(String line, String option, Path file, int lineNumber) {
    String[] cells = line.split(",", -1);
    double[] row = new double[cells.length];
    for (int j = 0; j < cells.length; j++) {
      row[j] = parseCell(cells[j].trim(), option, file, lineNumber, j);
    }
    return row;
  }

  private static double parseCell(String cell, String option, Path file, int line, int column) {
    double value;
    try {
      value = Double.parseDouble(cell);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " " + file + ": line " + line + ", column "
          + (column + 1) + " is '" + cell + "', not a number (CSV without header, numbers only)", e);
    }
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(option + " " + file + ": line " + line + ", column "
          + (column + 1) + " is " + cell + "; values must be finite");
    }
    return value;
  }
}
