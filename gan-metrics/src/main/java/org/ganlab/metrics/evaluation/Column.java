package org.ganlab.metrics.evaluation;

import org.ganlab.core.metric.MetricDirection;

/**
 * One column a metric writes to {@code metrics.csv}, with which way is better.
 *
 * @param name the column name
 * @param direction which way is better
 */
record Column(String name, MetricDirection direction) {

  /** A column where smaller is better. */
  static Column lower(String name) {
    return new Column(name, MetricDirection.LOWER_IS_BETTER);
  }

  /** A column where larger is better. */
  static Column higher(String name) {
    return new Column(name, MetricDirection.HIGHER_IS_BETTER);
  }

  /** A column that is not ranked (a spread). */
  static Column unranked(String name) {
    return new Column(name, MetricDirection.UNRANKED);
  }
}
