package org.ganlab.core.metric;

import java.util.List;
import java.util.Map;
import org.ganlab.core.data.DataSource;

/**
 * A quality measure of generated samples, found through {@link java.util.ServiceLoader} (one line in
 * {@code META-INF/services/org.ganlab.core.metric.Metric}) and selected by name in {@code eval.metrics}.
 */
public interface Metric {

  /**
   * Returns the name used in {@code eval.metrics}.
   *
   * @return the name, e.g. {@code modes}
   */
  String name();

  /**
   * Returns the columns this metric writes to {@code metrics.csv}, in order.
   *
   * @return column names
   */
  List<String> columns();

  /**
   * Returns whether this metric can measure samples of this data source.
   *
   * @param data the training data
   * @return true when applicable
   */
  boolean appliesTo(DataSource data);

  /**
   * Measures generated samples.
   *
   * @param input generated samples, the data they imitate and a seed
   * @return a value for every column
   */
  Map<String, Double> evaluate(EvaluationInput input);
}
