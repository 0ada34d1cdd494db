package org.ganlab.metrics.feature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ganlab.core.testing.SharedVectors;

/** Reads the shared vectors' CSV files in float64 (one sample per row, comma separated). */
final class FeatureCsv {

  private FeatureCsv() {}

  /**
   * Reads a CSV of numbers.
   *
   * @param file the file
   * @return one row per non-blank line
   */
  static double[][] read(Path file) {
    try {
      List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
      double[][] rows = new double[lines.size()][];
      for (int i = 0; i < rows.length; i++) {
        String[] cells = lines.get(i).split(",");
        rows[i] = new double[cells.length];
        for (int j = 0; j < cells.length; j++) {
          rows[i][j] = Double.parseDouble(cells[j].trim());
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a CSV of the shared vectors folder.
   *
   * @param name file name inside {@link SharedVectors#folder()}
   * @return one row per non-blank line
   */
  static double[][] shared(String name) {
    return read(SharedVectors.folder().resolve(name));
  }

  /**
   * Reads a CSV of 0-based row indices from the shared vectors folder.
   *
   * @param name file name inside {@link SharedVectors#folder()}
   * @return one index list per line
   */
  static int[][] sharedIndices(String name) {
    double[][] values = shared(name);
    int[][] indices = new int[values.length][];
    for (int i = 0; i < values.length; i++) {
      indices[i] = new int[values[i].length];
      for (int j = 0; j < values[i].length; j++) {
        indices[i][j] = (int) values[i][j];
      }
    }
    return indices;
  }
}
