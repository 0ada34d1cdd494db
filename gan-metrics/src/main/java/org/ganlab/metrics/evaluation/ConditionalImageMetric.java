package org.ganlab.metrics.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ganlab.core.data.DataSource;
import org.ganlab.core.metric.EvaluationInput;
import org.ganlab.core.metric.ModelCapability;

/**
 * Base of the image metrics that read the classes samples were generated for: they apply to labelled
 * image data only, and runs of models that are not conditional are refused before they start.
 */
abstract class ConditionalImageMetric extends ImageMetric {

  /**
   * Names the metric.
   *
   * @param name the name in {@code eval.metrics}
   * @param columns its columns in {@code metrics.csv}, with their directions
   * @param parameters its fixed parameters, recorded in its protocol
   */
  ConditionalImageMetric(String name, List<Column> columns, Map<String, Object> parameters) {
    super(name, columns, parameters);
  }

  @Override
  public final boolean appliesTo(DataSource data) {
    return super.appliesTo(data) && data.numClasses() > 0;
  }

  @Override
  public final String appliesToDescription() {
    return "labelled image data (it groups images by class)";
  }

  @Override
  public final Set<ModelCapability> needs() {
    return Set.of(ModelCapability.CLASS_CONDITIONAL);
  }

  /**
   * Returns the class each generated sample was asked for.
   *
   * @param input the evaluation input
   * @return the requested labels, one per generated sample
   * @throws IllegalArgumentException when the samples carry none
   */
  final int[] requestedLabels(EvaluationInput input) {
    int[] requested = input.generated().labels();
    if (requested == null) {
      throw new IllegalArgumentException("metric " + name() + " needs a conditional model: the"
          + " generated samples carry no requested labels");
    }
    return requested;
  }
}
