package org.ganlab.metrics.evaluation;

import org.ganlab.core.metric.EvaluationInput;

/** The class probabilities the classifier-based metrics read, and the labels they imply. */
final class ClassifierOutputs {
  private ClassifierOutputs() {}

  /**
   * Returns the generated samples' class probabilities on the given rows.
   *
   * @param input the evaluation input
   * @param metric the metric asking, for the error message
   * @param rows indices of the generated samples
   * @return {@code [rows.length][C]}
   * @throws IllegalArgumentException when the extractor is not a classifier
   */
  static double[][] probabilities(EvaluationInput input, String metric, int[] rows) {
    double[][] probabilities = FeatureInputs.generated(input).probabilities();
    if (probabilities == null) {
      throw new IllegalArgumentException("metric " + metric + " needs class probabilities, but extractor "
          + FeatureInputs.extractor(input).identity().name() + " gives features only");
    }
    return FeatureInputs.rows(probabilities, rows);
  }

  /**
   * Returns each row's most probable class (the lowest index among ties).
   *
   * @param probabilities {@code [N][C]}
   * @return {@code [N]} labels in 0..C-1
   */
  static int[] predictedLabels(double[][] probabilities) {
    int[] labels = new int[probabilities.length];
    for (int i = 0; i < probabilities.length; i++) {
      double[] row = probabilities[i];
      int best = 0;
      for (int c = 1; c < row.length; c++) {
        if (row[c] > row[best]) {
          best = c;
        }
      }
      labels[i] = best;
    }
    return labels;
  }
}
