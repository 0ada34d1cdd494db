package org.ganlab.metrics.evaluation;

import java.util.List;
import java.util.Set;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.data.TranslationSource;
import org.ganlab.core.metric.EvaluationInput;
import org.ganlab.core.metric.Metric;
import org.ganlab.core.metric.MetricDirection;
import org.ganlab.core.metric.ModelCapability;
import org.ganlab.core.metric.Translation;

/**
 * Base of the metrics of a cycle-consistent model's way back (CycleGAN's G_BA): one column named like
 * the metric, image translation sources only, and runs of models that cannot map back are refused
 * before they start.
 */
abstract class WayBackMetric implements Metric {
  private final String name;

  /**
   * Names the metric.
   *
   * @param name the name in {@code eval.metrics}, also its one column, where lower is better
   */
  WayBackMetric(String name) {
    this.name = name;
  }

  @Override
  public final MetricDirection direction(String column) {
    if (!column.equals(name)) {
      throw new IllegalArgumentException(name + " does not write column " + column);
    }
    return MetricDirection.LOWER_IS_BETTER;
  }

  @Override
  public final String appliesToDescription() {
    return "an image translation source (shapes-translation or data.domain_a/domain_b)";
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final List<String> columns() {
    return List.of(name);
  }

  @Override
  public final boolean appliesTo(DataSource data) {
    return data instanceof TranslationSource translation && translation.inputShape().isImage();
  }

  @Override
  public final Set<ModelCapability> needs() {
    return Set.of(ModelCapability.MAPS_BACK);
  }

  /**
   * Returns the evaluation's translation, refusing evaluations without one.
   *
   * @param input the evaluation input
   * @return its translation
   * @throws IllegalArgumentException when the model generates from noise
   */
  final Translation translation(EvaluationInput input) {
    if (input.translation() == null) {
      throw new IllegalArgumentException("metric " + name + " needs a translation model, but the"
          + " model generates from noise");
    }
    return input.translation();
  }

  /**
   * Returns the error for a model that gives no way back.
   *
   * @return an exception naming the metric
   */
  final IllegalArgumentException noWayBack() {
    return new IllegalArgumentException("metric " + name + " needs a cycle-consistent model that"
        + " maps back (such as cyclegan), but this model gives none");
  }
}
