package org.ganlab.core.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.data.DataSource;

/** The metrics found through {@link ServiceLoader}, resolved from the names in {@code eval.metrics}. */
public final class MetricRegistry {
  private final TreeMap<String, Metric> metrics = new TreeMap<>();

  private MetricRegistry(Iterable<Metric> found) {
    for (Metric metric : found) {
      if (metrics.putIfAbsent(metric.name(), metric) != null) {
        throw new IllegalStateException("two metrics are named '" + metric.name() + "'");
      }
    }
  }

  /**
   * Finds the metrics on the class path.
   *
   * @return the registry
   */
  public static MetricRegistry load() {
    return new MetricRegistry(ServiceLoader.load(Metric.class));
  }

  /**
   * Resolves the configured metric names for a data source.
   *
   * @param names {@code eval.metrics}
   * @param data the training data
   * @return the metrics, in the given order
   * @throws ConfigException naming {@code eval.metrics} for an unknown or inapplicable metric
   */
  public List<Metric> resolve(List<String> names, DataSource data) {
    List<Metric> resolved = new ArrayList<>();
    for (String name : names) {
      Metric metric = metrics.get(name);
      if (metric == null) {
        throw new ConfigException("eval.metrics", "eval.metrics: unknown metric '" + name
            + "'; known: " + String.join(", ", metrics.keySet()));
      }
      if (!metric.appliesTo(data)) {
        throw new ConfigException("eval.metrics", "eval.metrics: metric '" + name
            + "' does not apply to data.source " + data.name());
      }
      resolved.add(metric);
    }
    return resolved;
  }
}
