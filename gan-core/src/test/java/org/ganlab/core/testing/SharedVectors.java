package org.ganlab.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Access to {@code shared/metric-vectors} beside the repository (path from the {@code ganlab.shared}
 * system property the build sets). A missing folder fails the test; it never skips it.
 */
public final class SharedVectors {

  private SharedVectors() {}

  /**
   * Returns the vectors folder, failing when it is missing.
   *
   * @return {@code shared/metric-vectors}
   */
  public static Path folder() {
    Path folder = Path.of(System.getProperty("ganlab.shared", "../../shared")).resolve("metric-vectors");
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
   * Reads a CSV of floats (one sample per row) into a row-major array.
   *
   * @param name file name inside the folder
   * @return all values, row by row
   */
  public static float[] readFloats(String name) {
    try {
      List<String> cells = new java.util.ArrayList<>();
      for (String line : Files.readAllLines(folder().resolve(name))) {
        if (!line.isBlank()) {
          cells.addAll(List.of(line.split(",")));
        }
      }
      float[] values = new float[cells.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = Float.parseFloat(cells.get(i).trim());
      }
      return values;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
