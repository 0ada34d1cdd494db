package org.ganlab.experiments.report;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.ganlab.core.metric.Metric;

/**
 * Finds the metric that wrote a column ({@code kid_mean} belongs to {@code kid}), so that a column's
 * values can be checked against that metric's protocol in {@code final.json}. The metrics on the class
 * path say which columns they write; a column none of them claims belongs to the protocol entry named
 * like the column or like its prefix before an underscore.
 */
final class MetricOwners {
  private static final Map<String, String> KNOWN = known();

  private MetricOwners() {}

  /**
   * Returns the metric a column belongs to.
   *
   * @param column a final metric column
   * @param protocolNames the metric names of a run's {@code protocol}
   * @return one of {@code protocolNames}, or empty when none owns the column
   */
  static Optional<String> owner(String column, Collection<String> protocolNames) {
    String known = KNOWN.get(column);
    if (known != null && protocolNames.contains(known)) {
      return Optional.of(known);
    }
    if (protocolNames.contains(column)) {
      return Optional.of(column);
    }
    return protocolNames.stream().filter(name -> column.startsWith(name + "_"))
        .max((a, b) -> Integer.compare(a.length(), b.length()));
  }

  private static Map<String, String> known() {
    Map<String, String> owners = new HashMap<>();
    for (Metric metric : ServiceLoader.load(Metric.class)) {
      metric.columns().forEach(column -> owners.put(column, metric.name()));
    }
    return Map.copyOf(owners);
  }
}
