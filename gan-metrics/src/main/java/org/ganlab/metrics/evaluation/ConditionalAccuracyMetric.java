package org.ganlab.metrics.evaluation;

import java.util.List;
import java.util.Map;
import org.ganlab.core.metric.EvaluationInput;
import org.ganlab.metrics.classes.ConditionalAccuracy;

/**
 * {@code conditional_accuracy}: for a conditional generator, the share of generated samples that the
 * extractor classifies as the class they were asked for (as in Odena et al. 2017's use of a pretrained
 * classifier). Needs labelled data and generated samples that carry the requested labels.
 */
public final class ConditionalAccuracyMetric extends ConditionalImageMetric {

  /** Creates the metric (the service loader needs a public no-argument constructor). */
  public ConditionalAccuracyMetric() {
    super("conditional_accuracy", List.of(Column.higher("conditional_accuracy")), Map.of());
  }

  @Override
  boolean comparesWithReal() {
    return false;
  }

  @Override
  Map<String, Double> compute(EvaluationInput input, int[] rows) {
    int[] requested = requestedLabels(input);
    int[] predicted = ClassifierOutputs.predictedLabels(
        ClassifierOutputs.probabilities(input, name(), rows));
    int[] asked = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      asked[i] = requested[rows[i]];
    }
    return Map.of("conditional_accuracy", ConditionalAccuracy.of(predicted, asked));
  }
}
