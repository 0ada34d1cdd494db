package org.ganlab.core.metric;

import java.util.List;
import java.util.Set;
import org.ganlab.core.config.EvalConfig;
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
   * Returns the columns this metric writes to {@code metrics.csv} for a run on this data, in order: the
   * header of a run's {@code metrics.csv} is built from these. Metrics whose columns depend on the data
   * (one column per class, say) override it; the others write {@link #columns()}.
   *
   * @param data the training data, for which {@link #appliesTo} is true
   * @return column names
   */
  default List<String> columns(DataSource data) {
    return columns();
  }

  /**
   * Returns which way is better for one of this metric's columns: each metric declares the direction
   * of every column it writes ({@link MetricDirection#UNRANKED} for spreads and baselines).
   *
   * @param column one of the columns this metric writes (see {@link #writes(String)})
   * @return its direction
   * @throws IllegalArgumentException for a column this metric does not write
   */
  MetricDirection direction(String column);

  /**
   * Returns whether this metric writes a column, for any data it applies to. Metrics whose columns
   * depend on the data override it.
   *
   * @param column a column of {@code metrics.csv}
   * @return true when the column is one of {@link #columns()}
   */
  default boolean writes(String column) {
    return columns().contains(column);
  }

  /**
   * Returns whether this metric can measure samples of this data source.
   *
   * @param data the training data
   * @return true when applicable
   */
  boolean appliesTo(DataSource data);

  /**
   * Describes the data this metric applies to, for the message that refuses it on other data, e.g.
   * {@code image data (it compares features of images)}.
   *
   * @return a short phrase that follows "needs"
   */
  String appliesToDescription();

  /**
   * Returns what the model must be able to do for this metric to measure it (the classes samples were
   * generated for, a way back for a translation model); runs of variants without them are refused
   * before they start.
   *
   * @return the capabilities; none by default
   */
  default Set<ModelCapability> needs() {
    return Set.of();
  }

  /**
   * Checks, before anything runs, that the eval settings let this metric measure this data (for
   * instance that a feature extractor exists for it).
   *
   * @param data the training data, for which {@link #appliesTo} is true
   * @param eval the {@code eval:} section
   * @throws org.ganlab.core.config.ConfigException naming the field that makes it impossible
   */
  default void check(DataSource data, EvalConfig eval) {}

  /**
   * Measures generated samples.
   *
   * @param input generated samples, the data they imitate, the eval settings and shared resources
   * @return the values, a way to recompute them on resampled samples, and the protocol
   */
  Measurement measure(EvaluationInput input);
}
