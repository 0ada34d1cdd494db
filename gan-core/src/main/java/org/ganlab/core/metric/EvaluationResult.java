package org.ganlab.core.metric;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one evaluation measured.
 *
 * @param values every metric column (and bootstrap interval column) with its value
 * @param protocols for each metric name, how it was measured ({@link Measurement#protocol()})
 */
public record EvaluationResult(Map<String, Double> values, Map<String, Map<String, Object>> protocols) {

  /** Keeps unmodifiable copies in the given order. */
  public EvaluationResult {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    protocols = Collections.unmodifiableMap(new LinkedHashMap<>(protocols));
  }

  /**
   * Returns a result with nothing measured.
   *
   * @return the empty result
   */
  public static EvaluationResult empty() {
    return new EvaluationResult(Map.of(), Map.of());
  }
}
