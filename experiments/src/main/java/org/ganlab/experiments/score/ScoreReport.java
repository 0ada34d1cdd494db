package org.ganlab.experiments.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of {@code ganlab score}: metric values by key ({@code fid}, {@code kid_mean}, ...) and the
 * protocol they were measured under, written as one JSON object on one line. Non-finite values (PSNR
 * of identical images is +∞) are written as the strings {@code "Infinity"}, {@code "-Infinity"} or
 * {@code "NaN"}, since JSON has no such numbers.
 */
public final class ScoreReport {
  /** Version of the JSON layout; bumped when a key changes meaning. */
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> LEADING =
      List.of("schema_version", "ganlab_version", "metrics", "n_real", "n_fake", "scale", "extractor");
  private static final String INPUTS = "inputs";

  private final Map<String, Object> values = new LinkedHashMap<>();
  private final Map<String, Object> protocol = new LinkedHashMap<>();

  ScoreReport() {}

  /**
   * Sets a metric value.
   *
   * @param key the output key, e.g. {@code fid}
   * @param value the value
   */
  void value(String key, double value) {
    values.put(key, value);
  }

  /**
   * Sets an integer metric value (a count).
   *
   * @param key the output key, e.g. {@code modes_covered}
   * @param value the count
   */
  void value(String key, int value) {
    values.put(key, value);
  }

  /**
   * Sets a protocol entry.
   *
   * @param key the entry's key, e.g. {@code n_real} or a metric name
   * @param value a number, string, list, map or record
   */
  void protocol(String key, Object value) {
    protocol.put(key, value);
  }

  /**
   * Builds an ordered protocol entry from alternating keys and values.
   *
   * @param keysAndValues {@code key1, value1, key2, value2, ...}, keys are strings
   * @return the entries in the order given
   */
  static Map<String, Object> entries(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /**
   * Returns the metric values.
   *
   * @return a copy, by output key, in the order they were set
   */
  public Map<String, Object> values() {
    return new LinkedHashMap<>(values);
  }

  /**
   * Writes the report as JSON.
   *
   * @return one line: the metric values, then {@code "protocol": {...}} with the general entries
   *     first, then each metric's parameters, then the inputs
   */
  public String toJson() {
    Map<String, Object> ordered = new LinkedHashMap<>();
    for (String key : LEADING) {
      if (protocol.containsKey(key)) {
        ordered.put(key, protocol.get(key));
      }
    }
    protocol.forEach((key, value) -> {
      if (!key.equals(INPUTS)) {
        ordered.putIfAbsent(key, value);
      }
    });
    if (protocol.containsKey(INPUTS)) {
      ordered.put(INPUTS, protocol.get(INPUTS));
    }
    Map<String, Object> root = new LinkedHashMap<>(values);
    root.put("protocol", ordered);
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the score as JSON", e);
    }
  }
}
