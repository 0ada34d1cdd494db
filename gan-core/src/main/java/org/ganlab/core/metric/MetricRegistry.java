package org.ganlab.core.metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.ganlab.core.config.ConfigException;
import org.ganlab.core.config.ConfigProblems;
import org.ganlab.core.config.EvalConfig;
import org.ganlab.core.config.Suggestions;
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
   * Returns the names of the metrics found.
   *
   * @return metric names, sorted
   */
  public List<String> names() {
    return List.copyOf(metrics.keySet());
  }

  /**
   * Returns the direction of a column of {@code metrics.csv}, as the metric that writes it declares.
   *
   * @param column a column name, e.g. {@code kid_mean}
   * @return its direction; empty for a column no registered metric writes (losses, learning rates)
   */
  public Optional<MetricDirection> direction(String column) {
    return metrics.values().stream().filter(metric -> metric.writes(column)).findFirst()
        .map(metric -> metric.direction(column));
  }

  /**
   * Returns the registered metrics.
   *
   * @return the metrics, sorted by name
   */
  public List<Metric> metrics() {
    return List.copyOf(metrics.values());
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
   * Resolves the configured metric names for a data source and a model without special capabilities,
   * and checks that each can run.
   *
   * @param eval the {@code eval:} section, whose {@code metrics} are resolved
   * @param data the training data
   * @return the metrics, in the given order
   * @throws ConfigException naming {@code eval.metrics} for an unknown or inapplicable metric, or the
   *     eval field that keeps a metric from running
   */
  public List<Metric> resolve(EvalConfig eval, DataSource data) {
    return resolve(eval, data, Set.of());
  }

  /**
   * Resolves the configured metric names for a data source and a model, and checks that each can run.
   *
   * @param eval the {@code eval:} section, whose {@code metrics} are resolved
   * @param data the training data
   * @param capabilities what the model can do ({@link org.ganlab.core.train.GanVariant#capabilities()})
   * @return the metrics, in the given order
   * @throws ConfigException listing, one line each, every unknown or inapplicable metric (one that
   *     needs a capability the model lacks included) and every eval field that keeps a metric from
   *     running
   */
  public List<Metric> resolve(EvalConfig eval, DataSource data, Set<ModelCapability> capabilities) {
    ConfigProblems problems = new ConfigProblems();
    List<Metric> resolved = new ArrayList<>();
    for (String name : eval.metrics()) {
      Metric metric = metrics.get(name);
      if (metric == null) {
        problems.add("eval.metrics", "eval.metrics: unknown metric '" + name + "'; known: "
            + String.join(", ", metrics.keySet()) + Suggestions.hint(name, metrics.keySet()));
      } else if (!metric.appliesTo(data)) {
        problems.add("eval.metrics", "eval.metrics: metric '" + name + "' needs "
            + metric.appliesToDescription() + ", found data.source " + data.name() + " ("
            + data.shape().describe() + ")");
      } else if (problems.collect(() -> checkCapabilities(metric, capabilities))
          && problems.collect(() -> metric.check(data, eval))) {
        resolved.add(metric);
      }
    }
    problems.throwIfAny();
    return resolved;
  }

  private static void checkCapabilities(Metric metric, Set<ModelCapability> capabilities) {
    ConfigProblems problems = new ConfigProblems();
    for (ModelCapability needed : metric.needs()) {
      if (!capabilities.contains(needed)) {
        problems.add("eval.metrics", "eval.metrics: metric '" + metric.name() + "' needs "
            + needed.description());
      }
    }
    problems.throwIfAny();
  }
}
