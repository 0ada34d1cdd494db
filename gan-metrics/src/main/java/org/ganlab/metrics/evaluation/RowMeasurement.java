package org.ganlab.metrics.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.ganlab.core.metric.Measurement;

/**
 * A measurement defined by one computation over rows of the generated samples: all rows for the value
 * itself, resampled rows for the bootstrap.
 */
final class RowMeasurement implements Measurement {
  private final int sampleCount;
  private final Function<int[], Map<String, Double>> compute;
  private final Map<String, Object> protocol;
  private Map<String, Double> values;

  /**
   * Defines a measurement.
   *
   * @param sampleCount number of generated samples
   * @param compute the metric's columns on the given rows of the generated samples
   * @param protocol how it is measured
   */
  RowMeasurement(int sampleCount, Function<int[], Map<String, Double>> compute,
      Map<String, Object> protocol) {
    this.sampleCount = sampleCount;
    this.compute = compute;
    this.protocol = Collections.unmodifiableMap(new LinkedHashMap<>(protocol));
  }

  @Override
  public Map<String, Double> values() {
    if (values == null) {
      int[] all = new int[sampleCount];
      for (int i = 0; i < sampleCount; i++) {
        all[i] = i;
      }
      values = compute.apply(all);
    }
    return values;
  }

  @Override
  public Map<String, Double> resampled(int[] rows) {
    return compute.apply(rows);
  }

  @Override
  public Map<String, Object> protocol() {
    return protocol;
  }
}
