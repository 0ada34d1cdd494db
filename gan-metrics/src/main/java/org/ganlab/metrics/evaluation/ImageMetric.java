package org.ganlab.metrics.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ganlab.core.config.EvalConfig;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.metric.EvaluationInput;
import org.ganlab.core.metric.Measurement;
import org.ganlab.core.metric.Metric;
import org.ganlab.core.metric.MetricDirection;
import org.ganlab.metrics.extract.FeatureExtractors;

/**
 * Base of the metrics that see images through the run's feature extractor: they apply to image data
 * and need {@code eval.extractor} to name an extractor that exists for it.
 */
abstract class ImageMetric implements Metric {
  private final String name;
  private final Map<String, MetricDirection> columns = new LinkedHashMap<>();
  private final Map<String, Object> parameters;

  /**
   * Names the metric.
   *
   * @param name the name in {@code eval.metrics}
   * @param columns its columns in {@code metrics.csv}, in order, with their directions
   * @param parameters its fixed parameters, recorded in its protocol (e.g. {@code k})
   */
  ImageMetric(String name, List<Column> columns, Map<String, Object> parameters) {
    this.name = name;
    columns.forEach(column -> this.columns.put(column.name(), column.direction()));
    this.parameters = new LinkedHashMap<>(parameters);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final List<String> columns() {
    return List.copyOf(columns.keySet());
  }

  @Override
  public MetricDirection direction(String column) {
    MetricDirection direction = columns.get(column);
    if (direction == null) {
      throw new IllegalArgumentException(name + " does not write column " + column);
    }
    return direction;
  }

  @Override
  public boolean appliesTo(DataSource data) {
    return data.shape().isImage();
  }

  @Override
  public String appliesToDescription() {
    return "image data (it compares features of images)";
  }

  @Override
  public void check(DataSource data, EvalConfig eval) {
    FeatureExtractors.check(eval.extractor(), data);
  }

  @Override
  public final Measurement measure(EvaluationInput input) {
    Map<String, Object> protocol = new java.util.LinkedHashMap<>(
        FeatureInputs.protocol(input, comparesWithReal() ? FeatureInputs.reference(input).size() : 0));
    protocol.putAll(parameters);
    return new RowMeasurement(input.generated().size(), rows -> compute(input, rows), protocol);
  }

  /**
   * Returns whether the metric compares generated samples with the real reference.
   *
   * @return true for the feature-distribution metrics
   */
  abstract boolean comparesWithReal();

  /**
   * Computes the columns on rows of the generated samples.
   *
   * @param input the evaluation input
   * @param rows indices of the generated samples to use (may repeat)
   * @return a value per column
   */
  abstract Map<String, Double> compute(EvaluationInput input, int[] rows);
}
