package org.ganlab.experiments.reproduce;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ganlab.core.config.ConfigJson;

/** Reads the {@code metrics} object of a run's {@code final.json} (written by the core's Trainer). */
final class FinalMetrics {

  private FinalMetrics() {}

  /**
   * Reads the final metrics.
   *
   * @param file a {@code final.json}
   * @return metric name to its value as text ({@code NaN} and infinities included), in file order
   * @throws IllegalArgumentException when the file cannot be read or has no {@code metrics} object
   */
  static Map<String, String> read(Path file) {
    JsonNode root;
    try {
      root = ConfigJson.json().readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
    }
    JsonNode metrics = root == null ? null : root.get("metrics");
    if (metrics == null || !metrics.isObject()) {
      throw new IllegalArgumentException(file + " has no 'metrics' object");
    }
    Map<String, String> values = new LinkedHashMap<>();
    metrics.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
    return values;
  }
}
