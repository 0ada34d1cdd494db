package org.ganlab.metrics.evaluation;

import java.util.List;
import java.util.Map;
import org.ganlab.core.metric.EvaluationInput;

/**
 * Base of the metrics that compare the generated samples' features with the real reference's features
 * row by row (KID, precision/recall, density/coverage), as opposed to through their statistics (FID).
 */
abstract class FeatureComparisonMetric extends ImageMetric {

  /**
   * Names the metric.
   *
   * @param name the name in {@code eval.metrics}
   * @param columns its columns in {@code metrics.csv}
   * @param parameters its fixed parameters, recorded in its protocol
   */
  FeatureComparisonMetric(String name, List<Column> columns, Map<String, Object> parameters) {
    super(name, columns, parameters);
  }

  @Override
  final boolean comparesWithReal() {
    return true;
  }

  @Override
  final Map<String, Double> compute(EvaluationInput input, int[] rows) {
    return compare(FeatureInputs.reference(input).features(),
        FeatureInputs.rows(FeatureInputs.generated(input).features(), rows), input.seed());
  }

  /**
   * Compares feature sets.
   *
   * @param real the real reference's features {@code [N][d]}
   * @param generated the generated samples' features {@code [M][d]}
   * @param seed seed for any random subsets
   * @return a value per column, in column order
   */
  abstract Map<String, Double> compare(double[][] real, double[][] generated, long seed);
}
