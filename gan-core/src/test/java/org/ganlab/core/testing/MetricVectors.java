package org.ganlab.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Access to the metric known-answer vectors kept in the repository under
 * {@code gan-metrics/src/test/resources/metric-vectors} (path from the {@code ganlab.metric.vectors}
 * system property the build sets). A missing folder fails the test; it never skips it.
 */
public final class MetricVectors {

  private MetricVectors() {}

  /**
   * Returns the vectors folder, failing when it is missing.
   *
   * @return the {@code metric-vectors} folder
   */
  public static Path folder() {
    Path folder = Path.of(System.getProperty("ganlab.metric.vectors",
        "../gan-metrics/src/test/resources/metric-vectors"));
    if (!Files.isDirectory(folder)) {
      throw new AssertionError("metric vectors not found at " + folder.toAbsolutePath());
    }
    return folder;
  }

  /**
   * Returns the cases of {@code expected.json} whose metric is one of {@code metrics}.
   *
   * @param metrics metric names as written in the file
   * @return the matching cases
   */
  public static List<JsonNode> cases(String... metrics) {
    try {
      JsonNode root = new ObjectMapper().readTree(folder().resolve("expected.json").toFile());
      List<String> wanted = List.of(metrics);
      List<JsonNode> matching = new java.util.ArrayList<>();
      root.get("cases").forEach(c -> {
        if (wanted.contains(c.get("metric").asText())) {
          matching.add(c);
        }
      });
      return matching;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the non-blank lines of a file in the folder.
   *
   * @param name file name inside the folder
   * @return its lines
   */
  public static List<String> lines(String name) {
    try {
      return Files.readAllLines(folder().resolve(name)).stream()
          .filter(line -> !line.isBlank())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a CSV of numbers (one sample per row) in float64.
   *
   * @param name file name inside the folder
   * @return one array per row
   */
  public static double[][] readDoubles(String name) {
    List<String> rows = lines(name);
    double[][] values = new double[rows.size()][];
    for (int i = 0; i < values.length; i++) {
      String[] cells = rows.get(i).split(",");
      values[i] = new double[cells.length];
      for (int k = 0; k < cells.length; k++) {
        values[i][k] = Double.parseDouble(cells[k].trim());
      }
    }
    return values;
  }

  /**
   * Reads a file of integers, one per line (e.g. labels).
   *
   * @param name file name inside the folder
   * @return the integers
   */
  public static int[] readInts(String name) {
    return lines(name).stream().mapToInt(line -> Integer.parseInt(line.trim())).toArray();
  }

  /**
   * Reads a CSV of floats (one sample per row) into a row-major array.
   *
   * @param name file name inside the folder
   * @return all values, row by row, rounded to float32
   */
  public static float[] readFloats(String name) {
    double[][] rows = readDoubles(name);
    int width = rows.length == 0 ? 0 : rows[0].length;
    float[] values = new float[rows.length * width];
    for (int i = 0; i < rows.length; i++) {
      for (int k = 0; k < width; k++) {
        values[i * width + k] = (float) rows[i][k];
      }
    }
    return values;
  }
}
