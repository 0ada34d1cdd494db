package org.ganlab.metrics.classes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.ganlab.core.testing.SharedVectors;

/** Reads the shared vectors' CSV files in float64 (SharedVectors.readFloats rounds to float32). */
final class VectorCsv {

  private VectorCsv() {}

  static double[][] readDoubles(String name) {
    List<String> lines = lines(name);
    double[][] rows = new double[lines.size()][];
    for (int i = 0; i < rows.length; i++) {
      String[] cells = lines.get(i).split(",");
      rows[i] = new double[cells.length];
      for (int k = 0; k < cells.length; k++) {
        rows[i][k] = Double.parseDouble(cells[k].trim());
      }
    }
    return rows;
  }

  static int[] readInts(String name) {
    return lines(name).stream().mapToInt(line -> Integer.parseInt(line.trim())).toArray();
  }

  private static List<String> lines(String name) {
    try {
      return Files.readAllLines(SharedVectors.folder().resolve(name)).stream()
          .filter(line -> !line.isBlank())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
